# expect: most_common\(k\) \(ties in order of first appearance\) and also what reverse=True
# Counter.most_common(k) alone: ties come in order of first appearance, which on
# some texts is also reverse alphabetical order; both must be named there.

import re
from collections import Counter


def top_words(text, k):
    return Counter(re.findall(r"[a-z]+", text.lower())).most_common(k)
