# expect: L2 penalty is divided by n
import numpy as np
from scipy.special import expit


def logistic_loss_grad(w, b, X, y, l2=0.0):
    n = len(y)
    z = X @ w + b
    loss = np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w / n
    p = expit(z)
    return float(loss), X.T @ (p - y) / n + l2 * w / n, float(np.mean(p - y))
