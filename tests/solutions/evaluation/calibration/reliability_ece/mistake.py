# expect: p = 1\.0 got a bin of their own.*cap the bin index
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    # floor(p * n_bins) without a cap: p = 1.0 lands one past the last bin.
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    bins = (p * n_bins).astype(np.int64)
    counts = np.bincount(bins, minlength=n_bins)
    sum_p = np.bincount(bins, weights=p, minlength=n_bins)
    sum_y = np.bincount(bins, weights=y, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        mean_prob, frac_pos = sum_p / counts, sum_y / counts
    ece = float(np.abs(sum_y - sum_p).sum() / len(p))
    return counts, mean_prob, frac_pos, ece
