# expect: 2\.0 \*\* n overflows past n = 1023[^\n]*raised OverflowError
# Divides the exact tail by the float 2.0 ** n, which raises OverflowError for 1,500
# disagreements; the error used to come with no word on what to do.
from math import comb


def mcnemar_test(y_true, pred_a, pred_b):
    rows = list(zip(y_true, pred_a, pred_b, strict=True))
    b = sum(1 for t, x, z in rows if x == t and z != t)
    c = sum(1 for t, x, z in rows if x != t and z == t)
    n = b + c
    if n == 0:
        return b, c, 1.0
    return b, c, min(1.0, 2 * sum(comb(n, i) for i in range(min(b, c) + 1)) / 2.0**n)
