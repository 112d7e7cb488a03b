# expect: ^(?!.*negating them wraps around).*tied scores must share their average rank
# Wrong: the points are right, but the AUC comes from ranks made with argsort, which gives
# tied scores distinct ranks. It was told its unsigned scores wrapped around, though it
# never negates them.
import numpy as np


def roc_curve_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    positives, negatives = y.sum(), (~y).sum()
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(s)[::-1]:
        flagged = s >= threshold
        tpr.append((flagged & y).sum() / positives)
        fpr.append((flagged & ~y).sum() / negatives)
    ranks = np.empty(len(s))
    ranks[np.argsort(s)] = np.arange(1, len(s) + 1)  # ties get distinct ranks
    auc = (ranks[y].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    return np.array(fpr), np.array(tpr), float(auc)
