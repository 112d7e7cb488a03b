# expect: first appearance.*Counter\.most_common
from collections import Counter


def top_k_frequent(items, k):
    return [item for item, _ in Counter(items).most_common(k)]
