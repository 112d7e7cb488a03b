# expect: the bins were spread over the data's own range
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    # bins from the data's own range (min..max) instead of [0,1]
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    lo, hi = p.min(), p.max()
    width = (hi - lo) / n_bins if hi > lo else 1.0
    b = np.minimum(((p - lo) / width).astype(np.int64), n_bins - 1)
    counts = np.bincount(b, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        mp = np.bincount(b, weights=p, minlength=n_bins) / counts
        fp = np.bincount(b, weights=y, minlength=n_bins) / counts
    ece = float(np.nansum(counts / len(p) * np.abs(fp - mp)))
    return counts, mp, fp, ece
