# expect: ^(?!.*harmonic mean).*return a float \(0\.0, not 0\)
import numpy as np


def precision_recall_f1(y_true, y_pred):
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    tp = int((t & p).sum())
    fp = int((~t & p).sum())
    fn = int((t & ~p).sum())
    prec = tp / (tp + fp) if tp + fp else 0
    rec = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0
    return prec, rec, f1
