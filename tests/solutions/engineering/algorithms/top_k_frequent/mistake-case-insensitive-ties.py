# expect: ties were ordered ignoring case: Python.s string order puts every capital
# Breaks ties with value.lower(): 'apple' then 'Zoo', where Python's order has 'Zoo'
# first (every capital letter sorts before every lowercase one).
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)
    def key(value):
        return (-counts[value], value.lower() if isinstance(value, str) else value)
    return sorted(counts, key=key)[:k]
