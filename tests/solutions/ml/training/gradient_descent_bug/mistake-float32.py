# expect: keep the weights float64
import numpy as np


def train_logistic(X, y, lr, epochs):
    n, d = X.shape
    X = X.astype(np.float32)
    y = y.astype(np.float32)
    w = np.zeros(d, dtype=np.float32)
    b = np.float32(0.0)
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w = w - np.float32(lr) * X.T @ (p - y) / n
        b = b - np.float32(lr) * (p - y).mean()
    return w, float(b)
