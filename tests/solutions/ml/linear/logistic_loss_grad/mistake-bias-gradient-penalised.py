# expect: the bias is not penalised
import numpy as np
from scipy.special import expit


def logistic_loss_grad(w, b, X, y, l2=0.0):
    z = X @ w + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w)
    e = expit(z) - y
    return float(loss), X.T @ e / len(X) + l2 * w, float(e.mean() + l2 * b)
