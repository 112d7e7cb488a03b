# expect: central difference|one-sided
import numpy as np


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.where(y > 0, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def gradient_check(X, y, w, grad, tol=1e-6):
    # Fixes the relative error but keeps the one-sided difference.
    h = 1e-6
    base = _loss(X, y, w)
    numeric = np.zeros_like(w)
    for j in range(len(w)):
        step = np.zeros_like(w)
        step[j] = h
        numeric[j] = (_loss(X, y, w + step) - base) / h
    error = float(np.max(np.abs(grad - numeric) / np.maximum(np.abs(grad) + np.abs(numeric), 1e-8)))
    return bool(error <= tol), error
