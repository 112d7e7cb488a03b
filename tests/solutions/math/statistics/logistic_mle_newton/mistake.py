# expect: one over the diagonal, not the diagonal of the inverse
import numpy as np
from scipy.special import expit


def logistic_mle(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(100):
        p = expit(X @ w)
        H = X.T @ (X * (p * (1 - p))[:, None])
        step = np.linalg.solve(H, X.T @ (y - p))
        w = w + step
        if np.max(np.abs(step)) < 1e-10:
            break
    p = expit(X @ w)
    H = X.T @ (X * (p * (1 - p))[:, None])
    return w, 1.0 / np.sqrt(np.diag(H))  # inverts the diagonal, not the matrix
