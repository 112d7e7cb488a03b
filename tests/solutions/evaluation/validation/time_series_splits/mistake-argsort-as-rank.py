# expect: np.argsort\(timestamps\) was used as each row's position in time
# Wrong: takes np.argsort(timestamps) for each row's position in time and compares it with
# the cut; argsort gives the rows in time order instead. It was told that the last split
# must test on the newest rows, which does not name the slip.
import numpy as np


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    rank = np.argsort(timestamps)  # mistaken for each row's rank in time
    n = len(timestamps)
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        train = np.flatnonzero(rank < start - gap)
        test = np.flatnonzero((rank >= start) & (rank < start + test_size))
        out.append((train, test))
    return out
