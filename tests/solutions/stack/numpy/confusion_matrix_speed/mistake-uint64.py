# expect: uint64 labels.*Cannot cast array data from dtype\('float64'\)
import numpy as np


def confusion_matrix(y_true, y_pred, n_classes):
    # Casts y_true only (the reference once did too): with uint64 labels, int64 + uint64
    # is float64 in NumPy, and bincount refuses floats.
    cells = y_true.astype(np.int64) * n_classes + y_pred
    counts = np.bincount(cells, minlength=n_classes * n_classes)
    return counts.reshape(n_classes, n_classes)
