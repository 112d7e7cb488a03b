# expect: int8 .* wraps around
import numpy as np


def precision_recall_f1(y_true, y_pred):
    # Labels are only 0 and 1, so the smallest integer type seems enough.
    t = np.asarray(y_true, dtype=np.int8)
    p = np.asarray(y_pred, dtype=np.int8)
    tp = int(t @ p)
    fp = int((1 - t) @ p)
    fn = int(t @ (1 - p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return precision, recall, f1
