# expect: searching them \(np\.digitize, np\.histogram\) misplaces such values
# Wrong: bins from np.digitize against np.linspace(0, 1, n_bins + 1) edges instead of the
# stated floor(p * n_bins): they disagree for values such as 0.3, 0.6, 0.7 with 10 bins.
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins = np.clip(np.digitize(p, edges) - 1, 0, n_bins - 1)
    counts = np.bincount(bins, minlength=n_bins)
    sp = np.bincount(bins, weights=p, minlength=n_bins)
    sy = np.bincount(bins, weights=y, minlength=n_bins)
    with np.errstate(invalid="ignore"):
        return counts, sp / counts, sy / counts, float(np.abs(sy - sp).sum() / len(p))
