import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    """cm[i, j] = how many examples of true class i were predicted as class j: (k, k) int64.

    TODO: this loop is correct but slow. Make it at least 8x faster with NumPy,
    without changing the result.
    """
    cm = np.zeros((n_classes, n_classes), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        cm[t, p] += 1
    return cm
