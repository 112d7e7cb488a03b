# expect: resampled with different indices
import numpy as np


def bootstrap_f1_ci(y_true, y_pred, n_resamples=1000, level=0.95, seed=0):
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)

    def f1(t, p):
        tp = np.sum(t & p, axis=-1)
        wrong = np.sum(t != p, axis=-1)
        return np.where(tp > 0, 2 * tp / np.maximum(2 * tp + wrong, 1), 0.0)

    rng = np.random.default_rng(seed)
    # Labels and predictions each get their own draw of rows.
    rows_t = rng.integers(0, len(t), size=(n_resamples, len(t)))
    rows_p = rng.integers(0, len(p), size=(n_resamples, len(p)))
    scores = f1(t[rows_t], p[rows_p])
    low, high = np.percentile(scores, [50 * (1 - level), 50 * (1 + level)])
    return float(f1(t, p)), float(low), float(high)
