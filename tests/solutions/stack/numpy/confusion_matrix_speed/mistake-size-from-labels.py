# expect: no examples: expected shape \(3, 3\)[^\n]*; the matrix is \(n_classes, n_classes\)
# The matrix is sized from the largest label instead of n_classes: wrong when the last
# class never occurs, and (1, 1) with no examples; the hidden case once said so twice.
import numpy as np


def confusion_matrix(y_true, y_pred, n_classes):
    k = max(int(y_true.max(initial=0)), int(y_pred.max(initial=0))) + 1
    cells = y_true.astype(np.int64) * k + y_pred.astype(np.int64)
    return np.bincount(cells, minlength=k * k).reshape(k, k)
