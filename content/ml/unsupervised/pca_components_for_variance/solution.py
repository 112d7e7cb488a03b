"""The variance along component j is proportional to the square of the j-th singular
value of the centred data, so the ratios are `s**2 / (s**2).sum()`; `np.linalg.svd`
with `compute_uv=False` returns them sorted, largest first, without building the
singular vectors. The count is one plus the number of cumulative sums that are still
short of the target: `np.searchsorted(np.cumsum(ratios), target - 1e-12) + 1` finds
the first cumulative sum at or above the target.

Common wrong approaches: skipping the centring (the first "component" then points at
the mean of the data and claims most of the variance); ratios from the singular
values themselves, not their squares; and returning the index of the first
cumulative sum over the target instead of the count (one too few).
"""

import numpy as np


def components_for_variance(X: np.ndarray, target: float) -> tuple[int, np.ndarray]:
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    ratios = s**2 / np.sum(s**2)
    k = int(np.searchsorted(np.cumsum(ratios), target - 1e-12)) + 1
    return min(k, len(ratios)), ratios
