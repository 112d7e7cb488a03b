import numpy as np


def reliability_bins(y_true, prob, n_bins=10):
    # One mask per bin instead of bincount; the same left-closed bins, 1.0 in the last.
    y = np.asarray(y_true).astype(np.float64)
    p = np.asarray(prob).astype(np.float64)
    index = np.clip(np.floor(p * n_bins), 0, n_bins - 1).astype(int)
    counts = np.zeros(n_bins, dtype=np.int64)
    mean_prob = np.full(n_bins, np.nan)
    frac_pos = np.full(n_bins, np.nan)
    ece = 0.0
    for b in range(n_bins):
        in_bin = index == b
        counts[b] = in_bin.sum()
        if counts[b]:
            mean_prob[b] = p[in_bin].mean()
            frac_pos[b] = y[in_bin].mean()
            ece += counts[b] / len(p) * abs(frac_pos[b] - mean_prob[b])
    return counts, mean_prob, frac_pos, float(ece)
