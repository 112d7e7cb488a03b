import numpy as np


def best_split(x, y):
    # Count the classes per distinct value of x, then accumulate over the distinct
    # values: candidates fall only between distinct values, so none needs masking.
    values, value_of_row = np.unique(x, return_inverse=True)
    labels, class_of_row = np.unique(y, return_inverse=True)
    per_value = np.zeros((len(values), len(labels)))
    np.add.at(per_value, (value_of_row, class_of_row), 1.0)
    total = per_value.sum(axis=0)
    n = total.sum()
    if len(values) < 2:
        return None, float(1.0 - ((total / n) ** 2).sum())
    left = np.cumsum(per_value, axis=0)[:-1]
    right = total - left
    n_left, n_right = left.sum(axis=1), right.sum(axis=1)
    # n_L * G_L = n_L - sum(c^2) / n_L, and the same on the right.
    weighted = (
        n_left - (left**2).sum(axis=1) / n_left + n_right - (right**2).sum(axis=1) / n_right
    ) / n
    best = int(np.argmax(weighted <= weighted.min() + 1e-12))
    return float((values[best] + values[best + 1]) / 2), float(weighted[best])
