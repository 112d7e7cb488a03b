# expect: chi-square approximation with continuity correction
import numpy as np
from scipy.stats import chi2


def mcnemar_test(y_true, pred_a, pred_b):
    y = np.asarray(y_true)
    right_a = np.asarray(pred_a) == y
    right_b = np.asarray(pred_b) == y
    b = int(np.sum(right_a & ~right_b))
    c = int(np.sum(~right_a & right_b))
    if b + c == 0:
        return b, c, 1.0
    # The textbook statistic with Edwards' continuity correction.
    statistic = (abs(b - c) - 1) ** 2 / (b + c)
    return b, c, float(chi2.sf(statistic, df=1))
