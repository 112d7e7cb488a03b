import numpy as np


def _loss(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    z = X @ w
    # log(1 + e^z) - y z, written so that tiny losses keep their digits
    return float(np.mean(np.where(y > 0, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def gradient_check(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, grad: np.ndarray, tol: float = 1e-6
) -> tuple[bool, float]:
    """Compare an analytic gradient of the mean logistic loss with finite differences.

    Users report that correct gradients fail the check, and that with small features a
    gradient 10% off passes. Find out why and fix it.
    """
    h = 1e-4
    base = _loss(X, y, w)
    numeric = np.zeros_like(w)
    for j in range(len(w)):
        step = np.zeros_like(w)
        step[j] = h
        numeric[j] = (_loss(X, y, w + step) - base) / h
    error = float(np.max(np.abs(grad - numeric)))
    return bool(error <= tol), error
