"""Each (true, predicted) pair gets one flat cell number, `true * k + pred`, and
`np.bincount` counts every cell number in one pass; `minlength=k*k` keeps the cells
that never occur, and the reshape turns the k*k counts back into the matrix.
Casting to int64 first matters: NumPy keeps the labels' own dtype in `true * k`,
so uint8 labels with k = 30 would wrap around at 256 and count into the wrong cells.
Both arrays are cast: with uint64 labels, int64 + uint64 would be float64, which
`bincount` refuses.

The tempting one-liner, `cm[y_true, y_pred] += 1`, is wrong: fancy-index assignment
is buffered, so repeated pairs are written once, not added, and every cell ends up
0 or 1. `np.add.at(cm, (y_true, y_pred), 1)` is the unbuffered version and is
correct, but slower than `bincount`.
"""

import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, n_classes: int) -> np.ndarray:
    cells = y_true.astype(np.int64) * n_classes + y_pred.astype(np.int64)
    counts = np.bincount(cells, minlength=n_classes * n_classes)
    return counts.reshape(n_classes, n_classes)
