import numpy as np


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of a logistic-regression model (do not change)."""
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray,
                       h: float = 1e-5) -> np.ndarray:
    """Central-difference estimate of the gradient of loss at w.

    Returns a float64 array of shape (d,) whose entry j is
    (loss(w + h e_j, X, y) - loss(w - h e_j, X, y)) / (2 h).
    """
    # TODO: for each weight j, evaluate loss with w_j moved up by h and down by h
    # (on a float copy of w), and take the difference divided by 2h.
    raise NotImplementedError("numerical_gradient is not written yet")
