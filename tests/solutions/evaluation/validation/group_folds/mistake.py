# expect: has rows in both train and test.*per group
import numpy as np


def group_folds(groups, n_splits):
    # Plain k-fold over rows: a patient's visits end up on both sides.
    rows = np.arange(len(groups))
    fold = rows % n_splits
    return [(rows[fold != k], rows[fold == k]) for k in range(n_splits)]
