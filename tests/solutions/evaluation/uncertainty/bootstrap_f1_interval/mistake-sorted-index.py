# expect: each end is one of the resampled scores, picked by position
# Wrong: the interval's ends read off the sorted scores by index, int(B * q), not
# np.percentile's linear interpolation.
import numpy as np


def bootstrap_f1_ci(y_true, y_pred, n_resamples=1000, level=0.95, seed=0):
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, len(t), size=(n_resamples, len(t)))
    tp = (t[rows] & p[rows]).sum(axis=1)
    wrong = (t[rows] != p[rows]).sum(axis=1)
    scores = np.sort(np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0))
    lo = scores[int(n_resamples * (1 - level) / 2)]
    hi = scores[min(int(n_resamples * (1 + level) / 2), n_resamples - 1)]
    tp0, wrong0 = int((t & p).sum()), int((t != p).sum())
    f1 = 2 * tp0 / (2 * tp0 + wrong0) if tp0 else 0.0
    return float(f1), float(lo), float(hi)
