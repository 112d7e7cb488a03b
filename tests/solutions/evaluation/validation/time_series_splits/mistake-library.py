# expect: to be written without sklearn
# Breaks "write it with NumPy": TimeSeriesSplit on the time order (one split by hand).
import numpy as np
from sklearn.model_selection import TimeSeriesSplit


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    order = np.argsort(timestamps, kind="stable")
    n = len(order)
    if n_splits == 1:
        s = n - test_size
        return [(np.sort(order[: s - gap]), np.sort(order[s:]))]
    tss = TimeSeriesSplit(n_splits, test_size=test_size, gap=gap)
    return [(np.sort(order[a]), np.sort(order[b])) for a, b in tss.split(np.zeros(n))]
