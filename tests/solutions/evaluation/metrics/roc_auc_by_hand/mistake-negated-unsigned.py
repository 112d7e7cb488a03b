# expect: unsigned integers.*negating them wraps around
# Wrong: sorts by -scores without converting; on uint8 scores -s wraps (0 stays 0, 1 becomes
# 255), so the rows scored 0 come first, as if they were the most likely positives.
import numpy as np


def roc_curve_auc(y_true, scores):
    y = np.asarray(y_true, dtype=bool)
    s = np.asarray(scores)
    order = np.argsort(-s, kind="stable")  # highest score first
    y, s = y[order], s[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]
    tp = np.cumsum(y)[last]
    fp = last + 1 - tp
    tpr = np.r_[0, tp] / tp[-1]
    fpr = np.r_[0, fp] / fp[-1]
    return fpr, tpr, float(np.trapezoid(tpr, fpr))
