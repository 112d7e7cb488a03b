# expect: weight step uses p recomputed after b moved
import numpy as np


def train_logistic(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        b = b - lr * (p - y).mean()
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w = w - lr * X.T @ (p - y) / n
    return w, float(b)
