import numpy as np
from scipy.special import log_expit


def logistic_loss_grad(w, b, X, y, l2=0.0):
    z = X @ w + b
    # -[y ln p + (1 - y) ln(1 - p)] with ln p = log_expit(z), ln(1 - p) = log_expit(-z):
    # both are computed without forming p, so nothing reaches log(0).
    per_row = -(y * log_expit(z) + (1 - y) * log_expit(-z))
    loss = per_row.sum() / len(z) + l2 / 2 * np.dot(w, w)
    p = np.exp(log_expit(z))  # the sigmoid, from its log: no overflow either way
    residual = p - y
    grad_w = residual @ X / len(z) + l2 * w
    return float(loss), np.asarray(grad_w, dtype=np.float64), float(residual.sum() / len(z))
