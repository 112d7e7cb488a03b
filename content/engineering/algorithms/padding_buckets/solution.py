"""A dynamic programme over the distinct lengths $v_1 < \\dots < v_m$ with counts $c_i$.
In an optimal choice each bound is one of the lengths (lowering a bound to the
longest sequence in its bucket only removes padding), and each bucket holds a
contiguous run $v_i..v_j$, padded to $v_j$ at a cost of
$v_j \\sum c - \\sum c\\,v$, which prefix sums give in O(1). `best[b][j]` is the least
padding of the first j distinct lengths in at most b buckets:
`best[b][j] = min over i of best[b-1][i] + cost(i+1..j)`. The inner minimum is one
NumPy expression over all i, so the whole programme is O(k m^2) work in O(k m) NumPy
calls, with m at most 512; the bounds are read back from the argmins.

Common wrong approaches: a DP over the sequences themselves instead of the distinct
lengths (O(k n^2) with n = 50,000 runs out of time); greedy splits at the largest
gaps between lengths, which ignore how many sequences each bucket holds; and quantiles
of the lengths, which balance the bucket sizes, not the padding.
"""

import numpy as np


def padding_buckets(lengths: list[int], k: int) -> tuple[int, list[int]]:
    if not lengths:
        return 0, []
    values, counts = np.unique(np.asarray(lengths, dtype=np.int64), return_counts=True)
    m = len(values)
    count_before = np.concatenate([[0], np.cumsum(counts)])
    total_before = np.concatenate([[0], np.cumsum(counts * values)])
    best = np.full(m + 1, np.inf)
    best[0] = 0.0  # no lengths, no buckets
    choices = []
    for _ in range(min(k, m)):
        new, arg = np.full(m + 1, np.inf), np.zeros(m + 1, dtype=np.int64)
        new[0] = 0.0
        for j in range(1, m + 1):
            i = np.arange(j)  # the bucket holds distinct lengths i+1..j, padded to values[j-1]
            cost = values[j - 1] * (count_before[j] - count_before[i]) - (
                total_before[j] - total_before[i]
            )
            options = best[i] + cost
            arg[j] = int(np.argmin(options))
            new[j] = options[arg[j]]
        best = new
        choices.append(arg)
    bounds, j = [], m
    for arg in reversed(choices):
        if j == 0:
            break
        bounds.append(int(values[j - 1]))
        j = int(arg[j])
    return int(best[m]), sorted(bounds)
