# expect: cut the rows by position, not by time
import numpy as np


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    # Assumes the rows are stored in time order.
    n = len(timestamps)
    splits = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        splits.append((np.arange(0, start - gap), np.arange(start, start + test_size)))
    return splits
