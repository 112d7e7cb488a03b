# expect: one matrix product centred.T @ centred
import numpy as np


def covariance_matrix(X: np.ndarray) -> np.ndarray:
    """S[j, k] one pair at a time."""
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)
    n, d = X.shape
    S = np.empty((d, d))
    for j in range(d):
        for k in range(d):
            S[j, k] = centred[:, j] @ centred[:, k] / (n - 1)
    return S
