# expect: every point is one threshold late.*not score > t
# Wrong: predicts positive where score > t instead of score >= t, so each point is the
# previous threshold's and the curve never reaches (1, 1). It was told only that the
# values differ (and, on two rows, that its AUC was 1 - the right one).
import numpy as np


def roc_curve_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    positives, negatives = y.sum(), (~y).sum()
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(s)[::-1]:
        flagged = s > threshold
        tpr.append((flagged & y).sum() / positives)
        fpr.append((flagged & ~y).sum() / negatives)
    fpr, tpr = np.array(fpr), np.array(tpr)
    return fpr, tpr, float(np.trapezoid(tpr, fpr))
