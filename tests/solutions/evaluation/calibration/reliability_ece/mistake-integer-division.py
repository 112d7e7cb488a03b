# expect: frac_pos came out as whole numbers.*integer division
# Wrong: positives // rows in integers, so every fraction below 1 becomes 0.
import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    y = np.asarray(y_true).astype(np.int64)
    p = np.asarray(prob, dtype=float)
    b = np.minimum((p * n_bins).astype(np.int64), n_bins - 1)
    counts = np.bincount(b, minlength=n_bins)
    pos = np.bincount(b, weights=None, minlength=n_bins) * 0
    np.add.at(pos, b, y)
    mp = np.full(n_bins, np.nan)
    fp = np.full(n_bins, np.nan)
    nz = counts > 0
    mp[nz] = np.bincount(b, weights=p, minlength=n_bins)[nz] / counts[nz]
    fp[nz] = pos[nz] // counts[nz]  # integer division
    ece = float(np.sum(counts[nz] / len(p) * np.abs(fp[nz] - mp[nz])))
    return counts, mp, fp, ece
