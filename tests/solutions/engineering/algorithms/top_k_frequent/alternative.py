def top_k_frequent(items, k):
    # Count with a plain dict, then one full sort on (-count, value): O(u log u),
    # simple and just as good when k is close to the number of distinct items.
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    ranked = sorted(counts, key=lambda item: (-counts[item], item))
    return ranked[:k]
