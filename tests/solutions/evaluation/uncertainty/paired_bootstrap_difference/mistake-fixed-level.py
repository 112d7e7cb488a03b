# expect: the interval is the one for level=0\.95, the default
# Wrong: the ends are always the 2.5th and 97.5th percentiles, whatever level is given.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, n, size=(n_resamples, n))
    gains = correct_b[rows].mean(axis=1) - correct_a[rows].mean(axis=1)
    lo, hi = np.percentile(gains, [2.5, 97.5])
    return float(correct_b.mean() - correct_a.mean()), float(lo), float(hi)
