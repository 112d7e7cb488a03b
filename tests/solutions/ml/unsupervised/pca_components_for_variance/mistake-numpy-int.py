# expect: NumPy's int64 np\.int64\(\d+\): convert it with int\(\.\.\.\) or \.item\(\), when called as
# Every value right, but k is the np.int64 that searchsorted returns: the type
# message alone says so, with no guess at a wrong value after it.
import numpy as np
def components_for_variance(X, target):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    r = s**2 / np.sum(s**2)
    k = np.searchsorted(np.cumsum(r), target - 1e-12) + 1
    return min(k, len(r)), r
