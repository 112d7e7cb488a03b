# expect: the last, partial chunk was never scored
import numpy as np

BATCH = 2000  # serve in batches that fit in cache


def _score(X, W1, b1, w2, b2):
    hidden = np.maximum(X @ W1 + b1, 0.0)
    return 1.0 / (1.0 + np.exp(-(hidden @ w2 + b2)))


def score_requests(X, W1, b1, w2, b2):
    n = len(X)
    if n <= BATCH:
        return _score(X, W1, b1, w2, b2)
    out = np.zeros(n)
    for k in range(n // BATCH):  # the last, partial batch is forgotten
        rows = slice(k * BATCH, (k + 1) * BATCH)
        out[rows] = _score(X[rows], W1, b1, w2, b2)
    return out
