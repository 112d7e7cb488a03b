from __future__ import annotations
import numpy as np
def _f1_rows(t: np.ndarray, p: np.ndarray) -> np.ndarray:
    tp = (t * p).sum(-1); fp = ((1 - t) * p).sum(-1); fn = (t * (1 - p)).sum(-1)
    out = np.zeros(np.shape(tp), dtype=np.float64)
    np.divide(2 * tp, 2 * tp + fp + fn, out=out, where=tp > 0)
    return out
def bootstrap_f1_ci(y_true, y_pred, n_resamples: int = 1000, level: float = 0.95, seed: int = 0):
    t = np.asarray(y_true, dtype=np.int64); p = np.asarray(y_pred, dtype=np.int64)
    rows = np.random.default_rng(seed).integers(0, len(t), size=(n_resamples, len(t)))
    scores = _f1_rows(t[rows], p[rows])
    q = np.percentile(scores, [50 * (1 - level), 50 * (1 + level)])
    return float(_f1_rows(t, p)), float(q[0]), float(q[1])
