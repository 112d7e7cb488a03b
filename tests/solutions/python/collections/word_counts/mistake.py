# expect: order they first appear.*most_common
import re
from collections import Counter


def top_words(text, k):
    # Ties keep the order of first appearance, not alphabetical order.
    return Counter(re.findall(r"[a-z]+", text.lower())).most_common(k)
