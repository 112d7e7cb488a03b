# expect: the pairs look swapped.*\(train_idx, test_idx\)
# Each tuple is (test, train) instead of (train, test); the message only said that rows
# were in several test sets.
import numpy as np


def stratified_folds(y, n_splits):
    fold = np.empty(len(y), dtype=np.int64)
    fold[np.argsort(y, kind="stable")] = np.arange(len(y)) % n_splits
    rows = np.arange(len(y))
    return [(rows[fold == k], rows[fold != k]) for k in range(n_splits)]
