# expect: ^(?!.*the right items with the right counts).*wrong items among those tied at the cut-off
# Wrong: Counter.most_common(k), then a sort by (-count, value): the order is right, but
# most_common picked the tied items at the cut-off by first appearance, and the sort
# cannot bring back a smaller one it left out. It was told it had the right items.
from collections import Counter


def top_k_frequent(items, k):
    top = Counter(items).most_common(k)
    top.sort(key=lambda pair: (-pair[1], pair[0]))
    return [value for value, _ in top]
