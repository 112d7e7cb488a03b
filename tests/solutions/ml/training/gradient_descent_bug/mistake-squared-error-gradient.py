# expect: gradient of the squared error
# Wrong: the residual is multiplied by p * (1 - p), the gradient of squared error
# through the sigmoid, not of the cross-entropy.
import numpy as np
def sigmoid(z): return 1 / (1 + np.exp(-z))
def train_logistic(X, y, lr, epochs):
    n, d = X.shape
    w = np.zeros(d); b = 0.0
    for _ in range(epochs):
        p = sigmoid(X @ w + b)
        r = (p - y) * p * (1 - p)
        w = w - lr * X.T @ r / n
        b = b - lr * np.mean(r)
    return w, float(b)
