# expect: np.exp\(z\) overflows to inf
import numpy as np
from scipy.special import expit


def logistic_loss_grad(w, b, X, y, l2=0.0):
    z = X @ w + b
    loss = np.mean(np.log1p(np.exp(z)) - y * z) + 0.5 * l2 * w @ w
    p = expit(z)
    return float(loss), X.T @ (p - y) / len(y) + l2 * w, float(np.mean(p - y))
