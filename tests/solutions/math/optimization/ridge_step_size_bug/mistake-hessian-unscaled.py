# expect: eigenvalues of X\^T X
# The learning rate uses lambda_max of X^T X, without the 2/n and the penalty;
# the message gave no direction.
import numpy as np


def fit_ridge_gd(X, y, alpha, epochs):
    # lr from X^T X, without the 2/n and the penalty
    n, d = X.shape
    lr = 1.0 / np.linalg.eigvalsh(X.T @ X)[-1]
    w = np.zeros(d)
    for _ in range(epochs):
        w = w - lr * (2.0 / n * X.T @ (X @ w - y) + 2 * alpha * w)
    return w
