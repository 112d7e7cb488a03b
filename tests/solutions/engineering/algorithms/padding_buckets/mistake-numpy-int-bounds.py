# expect: list of Python ints, not of int64
# A right DP that returns the bounds as NumPy int64 values, not the ints the statement asks for.
import numpy as np
def padding_buckets(lengths, k):
    if len(lengths) == 0:
        return 0, []
    counts = np.bincount(np.asarray(lengths), minlength=513)
    vals = np.flatnonzero(counts)
    c = counts[vals]
    m = len(vals)
    N = np.concatenate([[0], np.cumsum(c)]); S = np.concatenate([[0], np.cumsum(c * vals)])
    INF = np.iinfo(np.int64).max // 4
    dp = np.full((min(k, m) + 1, m + 1), INF, dtype=np.int64); dp[0, 0] = 0
    arg = np.zeros_like(dp)
    for b in range(1, min(k, m) + 1):
        for j in range(1, m + 1):
            i = np.arange(j)
            cand = dp[b - 1, i] + vals[j - 1] * (N[j] - N[i]) - (S[j] - S[i])
            t = int(np.argmin(cand)); dp[b, j] = cand[t]; arg[b, j] = t
    b = int(np.argmin(dp[1:, m])) + 1
    total = int(dp[b, m])
    bounds, j = [], m
    while j > 0:
        bounds.append(vals[j - 1]); j = arg[b, j]; b -= 1
    return total, bounds[::-1]
