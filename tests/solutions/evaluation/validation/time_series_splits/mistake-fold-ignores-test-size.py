# expect: every test block has \d+ rows, n // \(n_splits \+ 1\).*each must have test_size = \d+ rows
# Wrong: test blocks of n // (n_splits + 1) rows, scikit-learn's default when test_size is
# not given, instead of test_size. It was told that the last split must test on the newest
# test_size rows, which does not name the slip.
import numpy as np


def time_series_splits(timestamps, n_splits, test_size, gap=0):
    order = np.argsort(timestamps)
    n = len(order)
    fold = n // (n_splits + 1)
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * fold
        out.append((np.sort(order[: start - gap]), np.sort(order[start : start + fold])))
    return out
