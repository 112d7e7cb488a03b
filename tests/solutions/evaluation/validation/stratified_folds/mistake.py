# expect: leftovers pile up in the first folds
import numpy as np


def stratified_folds(y, n_splits):
    # Each class is dealt from fold 0 again: stratified, but unbalanced.
    y = np.asarray(y)
    fold = np.empty(len(y), dtype=np.int64)
    for label in np.unique(y):
        rows = np.flatnonzero(y == label)
        fold[rows] = np.arange(len(rows)) % n_splits
    rows = np.arange(len(y))
    return [(rows[fold != k], rows[fold == k]) for k in range(n_splits)]
