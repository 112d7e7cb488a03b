# expect: 8× faster.*needed.*np.histogram2d
import numpy as np

# Loop-free, but histogram2d bins floats (searchsorted per axis): several times the work of
# counting cell numbers, about 4 to 5 times faster than the loop where 8 are needed.


def confusion_matrix(y_true, y_pred, n_classes):
    edges = np.arange(n_classes + 1) - 0.5
    cm, _, _ = np.histogram2d(y_true, y_pred, bins=[edges, edges])
    return cm.astype(np.int64)
