# expect: np\.histogram
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(prob, dtype=float)
    counts, edges = np.histogram(p, bins=n_bins, range=(0.0, 1.0))
    sum_p, _ = np.histogram(p, bins=edges, weights=p)
    sum_y, _ = np.histogram(p, bins=edges, weights=y)
    with np.errstate(invalid="ignore"):
        mean_prob, frac_pos = sum_p / counts, sum_y / counts
    return counts.astype(np.int64), mean_prob, frac_pos, float(np.abs(sum_y - sum_p).sum() / len(p))
