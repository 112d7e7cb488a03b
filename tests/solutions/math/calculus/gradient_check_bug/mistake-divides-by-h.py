# expect: numerical estimate is twice the gradient
import numpy as np


def _loss(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    z = X @ w
    # log(1 + e^z) - y z, written so that tiny losses keep their digits
    return float(np.mean(np.where(y > 0, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def gradient_check(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, grad: np.ndarray, tol: float = 1e-6
) -> tuple[bool, float]:
    h = 1e-6
    numeric = np.zeros_like(w)
    for j in range(len(w)):
        step = np.zeros_like(w)
        step[j] = h
        numeric[j] = (_loss(X, y, w + step) - _loss(X, y, w - step)) / h
    scale = np.maximum(np.abs(grad) + np.abs(numeric), 1e-8)
    error = float(np.max(np.abs(grad - numeric) / scale))
    return bool(error <= tol), error
