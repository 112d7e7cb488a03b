r"""Sorting once by decreasing score turns every threshold into a prefix of the
rows, so the true-positive counts are a cumulative sum. Only the **last** row of
each run of equal scores is a valid cut: a threshold cannot put one of two tied
rows on the positive side and not the other, so the curve jumps straight
(diagonally) across a tie. The trapezoidal rule over those points counts a tied
positive-negative pair as one half, which is exactly the rank (Mann-Whitney)
definition of AUC; `np.trapezoid` does the integration.

The common wrong versions: sorting ascending (every threshold is then "score <=
t", the curve is the mirror image and the AUC comes out as $1 - \text{AUC}$);
one point per row instead of per distinct score (the staircase then depends on
the order of tied rows, and the AUC on how the data happened to be stored); and
the area as a sum of rectangles $\sum \text{TPR}_i \, \Delta\text{FPR}_i$, which gives
ties no half credit.
"""

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
    return fpr, tpr, float(np.trapezoid(tpr, fpr))
