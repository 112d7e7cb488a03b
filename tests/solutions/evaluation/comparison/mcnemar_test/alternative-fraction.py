from __future__ import annotations
import math
from fractions import Fraction


def mcnemar_test(y_true, pred_a, pred_b) -> tuple[int, int, float]:
    pairs = [(a == t, p == t) for t, a, p in zip(list(y_true), list(pred_a), list(pred_b))]
    b = sum(1 for ra, rb in pairs if ra and not rb)
    c = sum(1 for ra, rb in pairs if rb and not ra)
    n = b + c
    if n == 0:
        return b, c, 1.0
    p = Fraction(2 * sum(math.comb(n, i) for i in range(min(b, c) + 1)), 2**n)
    return int(b), int(c), float(min(p, Fraction(1)))
