# expect: ece is the weighted gaps averaged over the bins
# Wrong: np.nanmean of the weighted gaps divides the ECE once more by the number of bins.
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    b = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(b, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        mp = np.bincount(b, weights=p, minlength=n_bins) / counts
        fp = np.bincount(b, weights=y, minlength=n_bins) / counts
    w = counts / len(p)
    ece = float(np.nanmean(w * np.abs(fp - mp)))  # mean over bins instead of sum
    return counts, mp, fp, ece
