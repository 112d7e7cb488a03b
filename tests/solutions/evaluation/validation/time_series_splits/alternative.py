import numpy as np


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    # The rank of each row in time, then masks over the rows: no slicing of an order.
    position = np.empty(len(timestamps), dtype=np.int64)
    position[np.argsort(timestamps)] = np.arange(len(timestamps))
    n = len(timestamps)
    splits = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        train = np.flatnonzero(position < start - gap)
        test = np.flatnonzero((position >= start) & (position < start + test_size))
        splits.append((train, test))
    return splits
