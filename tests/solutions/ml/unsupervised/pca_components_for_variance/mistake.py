# expect: centre the columns
import numpy as np


def components_for_variance(X, target):
    # No centring: the first component points at the mean.
    s = np.linalg.svd(X, compute_uv=False)
    ratios = s**2 / np.sum(s**2)
    k = int(np.searchsorted(np.cumsum(ratios), target - 1e-12)) + 1
    return min(k, len(ratios)), ratios
