# expect: the bin index was rounded to the nearest integer
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    bins = np.minimum(np.round(p * n_bins).astype(int), n_bins - 1)
    counts = np.bincount(bins, minlength=n_bins)
    sum_p = np.bincount(bins, weights=p, minlength=n_bins)
    sum_y = np.bincount(bins, weights=y, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        mean_prob, frac_pos = sum_p / counts, sum_y / counts
    return counts, mean_prob, frac_pos, float(np.abs(sum_y - sum_p).sum() / len(p))
