# expect: a string must come before the longer strings that start with it
# A max-heap whose string key negates the letter codes: ties are ascending except that
# a string sorts after the longer strings it begins ('kalo' before 'ka').
import heapq
from collections import Counter


def _desc(value):
    # a key that sorts values in reverse, for a max-heap
    if isinstance(value, str):
        return tuple(-ord(c) for c in value)
    return -value


def top_k_frequent(items, k):
    counts = Counter(items)
    best = heapq.nlargest(k, counts.items(), key=lambda kv: (kv[1], _desc(kv[0])))
    return [item for item, _ in best]
