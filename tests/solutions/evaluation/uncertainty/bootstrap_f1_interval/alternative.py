import numpy as np


def _f1(t, p):
    tp = np.count_nonzero(t & p)
    if tp == 0:
        return 0.0
    fp = np.count_nonzero(~t & p)
    fn = np.count_nonzero(t & ~p)
    return 2 * tp / (2 * tp + fp + fn)


def bootstrap_f1_ci(y_true, y_pred, n_resamples=1000, level=0.95, seed=0):
    # One resample at a time: n draws per call give the same numbers as one big draw.
    t = np.array(y_true).astype(bool)
    p = np.array(y_pred).astype(bool)
    n = t.size
    rng = np.random.default_rng(seed)
    scores = np.empty(n_resamples)
    for b in range(n_resamples):
        rows = rng.integers(0, n, size=n)
        scores[b] = _f1(t[rows], p[rows])
    tail = (1 - level) / 2
    low, high = np.quantile(scores, [tail, 1 - tail])
    return float(_f1(t, p)), float(low), float(high)
