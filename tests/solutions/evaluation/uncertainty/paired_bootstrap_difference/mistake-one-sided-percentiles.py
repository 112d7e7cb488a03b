# expect: the ends are the 5th and 95th percentiles, which leave 1 - level in each tail
# Wrong: the (1 - level) and level percentiles, a one-sided cut in each tail, so a 95%
# interval is really a 90% one.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, n, size=(n_resamples, n))
    gains = correct_b[rows].mean(axis=1) - correct_a[rows].mean(axis=1)
    lo, hi = np.percentile(gains, [100 * (1 - level), 100 * level])
    return float(correct_b.mean() - correct_a.mean()), float(lo), float(hi)
