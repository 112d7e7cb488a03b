# expect: tied rows must change side together|group equal scores
import numpy as np


def roc_curve_auc(y_true, scores):
    # One point per row: tied scores are split in whatever order the sort left them.
    y = np.asarray(y_true, dtype=bool)
    s = np.asarray(scores, dtype=float)
    order = np.argsort(-s, kind="stable")
    tp = np.cumsum(y[order])
    fp = np.arange(1, len(y) + 1) - tp
    tpr = np.r_[0, tp] / tp[-1]
    fpr = np.r_[0, fp] / fp[-1]
    return fpr, tpr, float(np.trapezoid(tpr, fpr))
