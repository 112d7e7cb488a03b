# expect: p is the int 1.*min\(1\.0, x\)
# Writes the statement's min(1, ...) literally: when the doubled tail reaches 1, p comes back as the int 1.
import math


def mcnemar_test(y_true, pred_a, pred_b):
    b = c = 0
    for t, a, p in zip(y_true, pred_a, pred_b):
        if a == t and p != t:
            b += 1
        elif a != t and p == t:
            c += 1
    n = b + c
    if n == 0:
        return b, c, 1.0
    return b, c, min(1, 2 * sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2**n)
