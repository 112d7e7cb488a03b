# expect: difference in the number of examples each model got right
# Wrong: correct counts (sums) instead of accuracies (means), on the data and on every resample.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, n, size=(n_resamples, n))
    gains = correct_b[rows].sum(axis=1) - correct_a[rows].sum(axis=1)
    lo, hi = np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])
    return float(correct_b.sum() - correct_a.sum()), float(lo), float(hi)
