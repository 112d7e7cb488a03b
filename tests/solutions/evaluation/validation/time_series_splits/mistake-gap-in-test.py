# expect: the gap moved the test block
import numpy as np


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    # The gap is skipped after the training rows by pushing the test block later.
    order = np.argsort(timestamps)
    n = len(order)
    splits = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        train = np.sort(order[:start])
        test = np.sort(order[start + gap : start + gap + test_size])
        splits.append((train, test))
    return splits
