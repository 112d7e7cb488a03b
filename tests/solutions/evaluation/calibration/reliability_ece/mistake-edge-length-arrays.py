# expect: there should be one entry per bin in each array
# The means are reported per bin edge (n_bins + 1 of them): the checks must say so, not
# fail while comparing arrays of different lengths.
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    bins = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(bins, minlength=n_bins)
    sum_p = np.bincount(bins, weights=p, minlength=n_bins + 1)
    sum_y = np.bincount(bins, weights=y, minlength=n_bins + 1)
    with np.errstate(invalid="ignore"):
        mean_prob, frac_pos = sum_p / np.append(counts, 0), sum_y / np.append(counts, 0)
    return counts, mean_prob, frac_pos, float(np.abs(sum_y - sum_p).sum() / len(p))
