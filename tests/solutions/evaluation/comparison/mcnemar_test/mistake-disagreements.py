# expect: merely disagree
# Wrong: c as the disagreements A does not win; with three classes, rows where both models
# are wrong in different ways are counted for B.
import math
import numpy as np


def mcnemar_test(y_true, pred_a, pred_b):
    y, a, b_ = np.asarray(y_true), np.asarray(pred_a), np.asarray(pred_b)
    disagree = a != b_
    b = int(np.sum(disagree & (a == y)))
    c = int(np.sum(disagree)) - b  # the other disagreements
    n = b + c
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1))
    return b, c, min(1.0, 2 * tail / 2**n)
