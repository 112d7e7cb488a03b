"""`np.argsort(timestamps)` is the whole trick: `order[p]` is the row at position
`p` in time, so each split is cut as two slices of `order` (the past before
`start - gap`, the block from `start`) and the slices are already row indices.
Sorting them with `np.sort` gives the ascending arrays the caller can index with.
The test blocks are counted back from the newest row, so the last split always
tests on the most recent data, as in scikit-learn's `TimeSeriesSplit`.

Common wrong approaches: cutting by row position without sorting, which on a
table stored newest-first trains on the future; returning positions in the
sorted order instead of row indices (they index the sorted table, not the
caller's); and forgetting the gap, which lets the model train on rows whose
labels were not yet known when the test rows were scored.
"""

import numpy as np


def time_series_splits(
    timestamps: np.ndarray, n_splits: int, test_size: int, gap: int = 0
) -> list[tuple[np.ndarray, np.ndarray]]:
    order = np.argsort(timestamps, kind="stable")
    n = len(order)
    splits = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        train = np.sort(order[: start - gap])
        test = np.sort(order[start : start + test_size])
        splits.append((train, test))
    return splits
