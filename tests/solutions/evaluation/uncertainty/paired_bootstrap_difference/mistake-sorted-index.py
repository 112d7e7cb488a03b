# expect: each end is one of the resampled gains, picked by position
# Wrong: percentiles read off the sorted gains by index, int(R * q), not np.percentile.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rows = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    diff = correct_b.astype(float) - correct_a.astype(float)
    g = np.sort(diff[rows].mean(1))
    a = (1 - level) / 2
    return float(diff.mean()), float(g[int(n_resamples * a)]), float(g[int(n_resamples * (1 - a)) - 1])
