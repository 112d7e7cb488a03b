# expect: FPR is divided by the number of rows: divide by the number of actual negatives
# Wrong: FPR = FP / n, over all rows, instead of FP / N, over the actual negatives, so the
# curve ends at (N / n, 1). It was told only that the values differ.
import numpy as np


def roc_curve_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(s)[::-1]:
        flagged = s >= threshold
        tpr.append((flagged & y).sum() / y.sum())
        fpr.append((flagged & ~y).sum() / len(y))  # all rows, not the negatives
    fpr, tpr = np.array(fpr), np.array(tpr)
    return fpr, tpr, float(np.trapezoid(tpr, fpr))
