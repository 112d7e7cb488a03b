from __future__ import annotations
from collections import Counter
from functools import lru_cache
import sys

def padding_buckets(lengths: list[int], k: int) -> tuple[int, list[int]]:
    if not lengths:
        return 0, []
    cnt = Counter(lengths)
    vals = sorted(cnt)
    m = len(vals)
    pre_n = [0]; pre_s = [0]
    for v in vals:
        pre_n.append(pre_n[-1] + cnt[v]); pre_s.append(pre_s[-1] + cnt[v] * v)
    def cost(i: int, j: int) -> int:  # vals[i..j] padded to vals[j]
        return vals[j] * (pre_n[j + 1] - pre_n[i]) - (pre_s[j + 1] - pre_s[i])
    sys.setrecursionlimit(10000)
    @lru_cache(maxsize=None)
    def best(j: int, b: int) -> tuple[int, int]:
        """min padding of vals[0..j] with at most b buckets, the last bucket ending at vals[j]; returns (cost, start)."""
        if b == 1 or j == 0:
            return cost(0, j), 0
        result = (cost(0, j), 0)
        for i in range(1, j + 1):
            c = best(i - 1, b - 1)[0] + cost(i, j)
            if c < result[0]:
                result = (c, i)
        return result
    b = min(k, m)
    total = best(m - 1, b)[0]
    bounds = []
    j = m - 1
    while j >= 0:
        _, start = best(j, b)
        bounds.append(vals[j])
        j, b = start - 1, b - 1
    return total, bounds[::-1]
