# expect: has inf or nan
import numpy as np


def logistic_loss_grad(w, b, X, y, l2=0.0):
    z = X @ w + b
    p = 1 / (1 + np.exp(-z))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 0.5 * l2 * (w @ w)
    grad_w = X.T @ (p - y) / len(X) + l2 * w
    return float(loss), grad_w, float(np.mean(p - y))
