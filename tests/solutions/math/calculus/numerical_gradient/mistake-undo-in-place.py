# expect: changed its input in place.*still leaves a rounding error behind
# Nudges the caller's w and puts it back: w[i] + h - 2h + h is not always w[i] in floats,
# so the caller's weights move by a rounding step. The message used to say only that
# the input changed, which the learner believed they had undone.
import numpy as np


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of a logistic-regression model (do not change)."""
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray,
                       h: float = 1e-5) -> np.ndarray:
    grad = np.zeros(len(w))
    for i in range(len(w)):
        w[i] += h
        up = loss(w, X, y)
        w[i] -= 2 * h
        down = loss(w, X, y)
        w[i] += h
        grad[i] = (up - down) / (2 * h)
    return grad
