import numpy as np
from scipy.stats import rankdata


def roc_curve_auc(y_true, scores):
    # One threshold per distinct score, counted with masks; the AUC from ranks
    # (Mann-Whitney), where tied scores share their average rank.
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores).astype(np.float64)
    positives, negatives = y.sum(), (~y).sum()
    fpr, tpr = [0.0], [0.0]
    for threshold in np.unique(s)[::-1]:
        flagged = s >= threshold
        tpr.append((flagged & y).sum() / positives)
        fpr.append((flagged & ~y).sum() / negatives)
    ranks = rankdata(s)
    auc = (ranks[y].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    return np.array(fpr), np.array(tpr), float(auc)
