import numpy as np
from scipy.linalg import cho_factor, cho_solve


def logistic_mle(X, y):
    # IRLS: each Newton step is a weighted least-squares solve on a working response;
    # the covariance comes from a Cholesky factor of X^T W X.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(200):
        eta = X @ w
        p = 0.5 * (1.0 + np.tanh(eta / 2.0))  # the sigmoid, without overflow
        weights = p * (1.0 - p)
        z = eta + (y - p) / weights
        factor = cho_factor(X.T @ (weights[:, None] * X))
        new = cho_solve(factor, X.T @ (weights * z))
        done = np.max(np.abs(new - w)) < 1e-12
        w = new
        if done:
            break
    p = 0.5 * (1.0 + np.tanh(X @ w / 2.0))
    factor = cho_factor(X.T @ ((p * (1.0 - p))[:, None] * X))
    covariance = cho_solve(factor, np.eye(X.shape[1]))
    return w, np.sqrt(np.diag(covariance))
