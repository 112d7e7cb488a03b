# expect: tied at the cut-off k were chosen by first appearance
import re
from collections import Counter


def top_words(text, k):
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return sorted(counts.most_common(k), key=lambda kv: (-kv[1], kv[0]))
