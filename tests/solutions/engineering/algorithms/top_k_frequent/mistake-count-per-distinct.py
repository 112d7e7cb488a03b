# expect: stopped after .* s of wall time
# items.count(x) for every distinct x: O(n * u), then a full sort.
def top_k_frequent(items, k):
    counts = {x: items.count(x) for x in set(items)}
    return sorted(counts, key=lambda x: (-counts[x], x))[:k]
