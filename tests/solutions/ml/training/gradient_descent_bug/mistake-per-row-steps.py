# expect: stochastic gradient descent
# Wrong: one update per row, each from that row's p, instead of one full-batch step
# per epoch; the message used to name no cause.
import numpy as np
def sigmoid(z): return 1 / (1 + np.exp(-z))
def train_logistic(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d); b = 0.0
    for _ in range(epochs):
        for i in range(n):
            p = sigmoid(X[i] @ w + b)
            w = w - lr * (p - y[i]) * X[i]
            b = b - lr * (p - y[i])
    return w, float(b)
