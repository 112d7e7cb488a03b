# expect: 0/0 came back as nan
import numpy as np


def precision_recall_f1(y_true, y_pred):
    # No guard on the denominators: NumPy turns 0/0 into nan with a warning.
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    tp, fp, fn = np.sum(t & p), np.sum(~t & p), np.sum(t & ~p)
    with np.errstate(invalid="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * tp / (2 * tp + fp + fn)
    return float(precision), float(recall), float(f1)
