# expect: mean_prob holds each bin's centre
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    b = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(b, minlength=n_bins)
    centres = (np.arange(n_bins) + 0.5) / n_bins  # the bin's confidence = its centre
    mp = np.where(counts > 0, centres, np.nan)
    with np.errstate(invalid="ignore"):
        fp = np.bincount(b, weights=y, minlength=n_bins) / counts
    nz = counts > 0
    ece = float(np.sum(counts[nz] / len(p) * np.abs(fp[nz] - mp[nz])))
    return counts, mp, fp, ece
