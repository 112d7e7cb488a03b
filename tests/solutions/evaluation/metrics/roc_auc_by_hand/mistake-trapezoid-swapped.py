# expect: points are right but the AUC is 1 - the right one.*np.trapezoid\(tpr, fpr\)
# Wrong: np.trapezoid(fpr, tpr), the arguments swapped: the area left of the curve, 1 - AUC.
import numpy as np


def roc_curve_auc(y_true, scores) -> tuple[np.ndarray, np.ndarray, float]:
    y = np.asarray(y_true, dtype=bool)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    y, s = y[order], s[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # last row of each tie run
    tp = np.cumsum(y)[last]
    fp = last + 1 - tp
    tpr = np.r_[0, tp] / tp[-1]
    fpr = np.r_[0, fp] / fp[-1]
    return fpr, tpr, float(np.trapezoid(fpr, tpr))
