from collections import Counter
from itertools import accumulate


def padding_buckets(lengths, k):
    # Plain Python: a table over (buckets, prefix) with the previous cut stored per cell.
    if not lengths:
        return 0, []
    counts = sorted(Counter(lengths).items())
    values = [v for v, _ in counts]
    n_before = [0, *accumulate(c for _, c in counts)]
    s_before = [0, *accumulate(v * c for v, c in counts)]
    m = len(values)

    def cost(i, j):  # distinct lengths i..j-1 (0-based), padded to values[j-1]
        return values[j - 1] * (n_before[j] - n_before[i]) - (s_before[j] - s_before[i])

    table = [[0] + [cost(0, j) for j in range(1, m + 1)]]
    cuts = [[0] * (m + 1)]
    for _ in range(1, min(k, m)):
        previous, row, cut = table[-1], [0] * (m + 1), [0] * (m + 1)
        for j in range(1, m + 1):
            row[j], cut[j] = min((previous[i] + cost(i, j), i) for i in range(j))
        table.append(row)
        cuts.append(cut)
    bounds, j = [], m
    for cut in reversed(cuts):
        if j == 0:
            break
        bounds.append(values[j - 1])
        j = cut[j]
    return table[-1][m], sorted(bounds)
