"""The fold is a property of the group, not of the row: `np.unique(...,
return_inverse=True, return_counts=True)` gives each group's size and maps every
row to its group, so a fold chosen per group spreads to its rows in one
indexing step. Groups are placed largest first, each into the fold with the
fewest rows so far (the "longest processing time" greedy, which is also what
scikit-learn's `GroupKFold` does). When the fold that ends largest received its
last group, it was the smallest fold, so at the end no fold exceeds another by
more than one group's size; going largest first keeps that last group small. The first k groups go to k empty folds, so none
stays empty.

Common wrong approaches: k-fold over rows, which splits patients across train
and test and scores memorisation; chunking the sorted group ids into k equal
lists, which balances the number of groups but not the number of rows (one fold
can get every large hospital); and a random fold per group, which can leave a
fold empty on small data.
"""

import numpy as np


def group_folds(groups: np.ndarray, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    _, row_group, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    load = np.zeros(n_splits, dtype=np.int64)
    group_fold = np.empty(len(sizes), dtype=np.int64)
    for g in np.argsort(-sizes, kind="stable"):
        group_fold[g] = np.argmin(load)
        load[group_fold[g]] += sizes[g]
    fold = group_fold[row_group]
    rows = np.arange(len(fold))
    return [(rows[fold != k], rows[fold == k]) for k in range(n_splits)]
