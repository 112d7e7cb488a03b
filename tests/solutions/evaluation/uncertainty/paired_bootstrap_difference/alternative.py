import numpy as np


def paired_bootstrap(correct_a, correct_b, n_resamples=2000, level=0.95, seed=0):
    # Accuracy of each model on the same resampled rows, then the difference.
    n = len(correct_a)
    rows = np.random.default_rng(seed).integers(0, n, size=(n_resamples, n))
    acc_a = np.count_nonzero(correct_a[rows], axis=1) / n
    acc_b = np.count_nonzero(correct_b[rows], axis=1) / n
    tail = (1 - level) / 2
    low, high = np.quantile(acc_b - acc_a, [tail, 1 - tail])
    return float(correct_b.mean() - correct_a.mean()), float(low), float(high)
