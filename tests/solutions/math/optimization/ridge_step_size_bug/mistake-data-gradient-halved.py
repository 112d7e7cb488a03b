# expect: factor 2 is missing from the data term
# The data gradient is (1/n) X^T (X w - y), without its 2; the message gave no direction.
import numpy as np


def fit_ridge_gd(X, y, alpha, epochs):
    n, d = X.shape
    H = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    lr = 1.0 / np.linalg.eigvalsh(H)[-1]
    w = np.zeros(d)
    for _ in range(epochs):
        w = w - lr * (1.0 / n * X.T @ (X @ w - y) + 2 * alpha * w)
    return w
