# expect: different rows|pairing|same rows
import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    # Resamples each model on its own draw of examples: the pairing is lost.
    n = len(correct_a)
    rng = np.random.default_rng(seed)
    rows_a = rng.integers(0, n, size=(n_resamples, n))
    rows_b = rng.integers(0, n, size=(n_resamples, n))
    gains = correct_b[rows_b].mean(axis=1) - correct_a[rows_a].mean(axis=1)
    low, high = np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])
    return float(correct_b.mean() - correct_a.mean()), float(low), float(high)
