"""A dynamic programme over the distinct lengths $v_1 < \\dots < v_m$ with counts $c_i$.
In an optimal choice each bound is one of the lengths (lowering a bound to the
longest sequence in its bucket only removes padding), each bucket holds a contiguous
run $v_{i+1}..v_j$, padded to $v_j$ at a cost of $v_j \\sum c - \\sum c\\,v$ (prefix
sums give it in O(1)), and there are exactly $\\min(k, m)$ buckets: splitting a bucket
always removes padding. `cost[i, j]` holds every run's cost at once (infinite where
the run would be empty), and `best[j]`, the least padding of the first j distinct
lengths in b buckets, becomes `min over i of best[i] + cost[i, j]` for b + 1 buckets:
one NumPy expression per bucket, O(k m^2) work with m at most 512. The bounds are read
back from the argmins, last bucket first.

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
    n_before = np.concatenate([[0], np.cumsum(counts)])
    s_before = np.concatenate([[0], np.cumsum(counts * values)])
    i, j = np.ogrid[: m + 1, : m + 1]  # a bucket holds the distinct lengths i+1..j
    padded = values[j - 1] * (n_before[j] - n_before[i]) - (s_before[j] - s_before[i])
    cost = np.where(i < j, padded, np.inf)
    best = np.full(m + 1, np.inf)
    best[0] = 0.0  # no bucket yet: only the empty prefix is covered
    choices = []
    for _ in range(min(k, m)):
        options = best[:, None] + cost
        choices.append(options.argmin(axis=0))
        best = options.min(axis=0)
    bounds, end = [], m
    for arg in reversed(choices):
        bounds.append(int(values[end - 1]))
        end = int(arg[end])
    return int(best[m]), bounds[::-1]
