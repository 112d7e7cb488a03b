import numpy as np


def score_requests(X, W1, b1, w2, b2, batch=1024):
    # Serve in cache-sized batches, the last partial batch included.
    out = np.empty(X.shape[0], dtype=np.float64)
    for start in range(0, X.shape[0], batch):
        H = np.maximum(X[start:start + batch] @ W1 + b1, 0.0)
        with np.errstate(over="ignore"):
            out[start:start + batch] = 1.0 / (1.0 + np.exp(-(H @ w2 + b2)))
    return out
