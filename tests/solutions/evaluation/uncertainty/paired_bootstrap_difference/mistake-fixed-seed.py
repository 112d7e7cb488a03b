# expect: the interval is the one for (n_resamples=2000 or )?seed=0, the default
# Wrong: the generator is seeded with 0, not with the seed argument.
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    n = len(correct_a)
    rng = np.random.default_rng(0)
    rows = rng.integers(0, n, size=(n_resamples, n))
    gains = correct_b[rows].mean(axis=1) - correct_a[rows].mean(axis=1)
    lo, hi = np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])
    return float(correct_b.mean() - correct_a.mean()), float(lo), float(hi)
