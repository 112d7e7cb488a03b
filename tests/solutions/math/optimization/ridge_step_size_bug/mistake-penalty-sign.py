# expect: penalty.s gradient has the wrong sign
# The penalty is added to the step instead of subtracted; the message blamed the eigenvalue
# (when the weights exploded) or gave no direction.
import numpy as np


def fit_ridge_gd(X, y, alpha, epochs):
    n, d = X.shape
    H = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    lr = 1.0 / np.linalg.eigvalsh(H)[-1]
    w = np.zeros(d)
    for _ in range(epochs):
        w = w - lr * (2.0 / n * X.T @ (X @ w - y) - 2 * alpha * w)
    return w
