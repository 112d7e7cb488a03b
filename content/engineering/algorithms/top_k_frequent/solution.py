r"""`Counter` counts in one pass, $O(n)$. Picking the best k of the $u$ distinct
items with `heapq.nsmallest(k, ..., key=(-count, item))` keeps a heap of size k,
$O(u \log k)$, and returns them already in order; negating the count turns
"most frequent first" into "smallest key first", so the value can stay ascending
in the same key. `heapq.nlargest(k, counts, key=counts.get)` is the other
classic, but it cannot break ties by ascending value (for strings there is no
"negative string"), and when k is close to u, `sorted(counts, key=...)[:k]`,
$O(u \log u)$, is just as good and simpler; `heapq` itself falls back to sorting
in that case.

The common wrong approach is `Counter(items).most_common(k)`: it breaks ties by
first appearance, so the answer depends on the order of the input. Another is
calling `items.count(x)` for every distinct `x`, which is $O(n \cdot u)$.
"""

import heapq
from collections import Counter


def top_k_frequent(items: list, k: int) -> list:
    counts = Counter(items)
    best = heapq.nsmallest(k, counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return [item for item, _ in best]
