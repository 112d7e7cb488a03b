# expect: each end is one of the resampled gains, picked by position
# Wrong: np.percentile(..., method="nearest") instead of the default linear.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rows = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    diff = correct_b.astype(float) - correct_a.astype(float)
    lo, hi = np.percentile(diff[rows].mean(1), [50 * (1 - level), 50 * (1 + level)], method="nearest")
    return float(diff.mean()), float(lo), float(hi)
