# expect: bias still steps with y - p
# Only the weights' sign fixed: the bias still steps uphill.
import numpy as np
def sigmoid(z): return 1.0 / (1.0 + np.exp(-z))
def train_logistic(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d); b = 0.0
    for epoch in range(epochs):
        p = sigmoid(X @ w + b)
        w = w - lr * X.T @ (p - y) / n
        b = b - lr * (y - p).mean()
    return w, float(b)
