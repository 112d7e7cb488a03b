"""Sorting the rows by label (stable) lines each class up in one contiguous run;
dealing the sorted rows to folds 0, 1, ..., k-1, 0, 1, ... then gives every
class floor or ceil of n_c / k rows per fold, since a run of n_c consecutive
positions hits each remainder mod k that many times. Because the dealing goes on
across class boundaries instead of restarting at fold 0 for each class, the
leftovers of one class go to the folds the previous class left short, so the
fold sizes also differ by at most 1. This is the allocation scikit-learn's
`StratifiedKFold` uses (before its optional shuffle).

Common wrong approaches: contiguous folds (`np.array_split(np.arange(n), k)`),
which on a file sorted by label test on one class at a time; splitting each
class separately and starting every class at fold 0, which stratifies but piles
all leftovers into the first folds; and a random fold per row, which is only
stratified on average.
"""

import numpy as np


def stratified_folds(y: np.ndarray, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    y = np.asarray(y)
    fold = np.empty(len(y), dtype=np.int64)
    fold[np.argsort(y, kind="stable")] = np.arange(len(y)) % n_splits
    rows = np.arange(len(y))
    return [(rows[fold != k], rows[fold == k]) for k in range(n_splits)]
