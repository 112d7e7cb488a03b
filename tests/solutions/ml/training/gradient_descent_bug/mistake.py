# expect: summed over the rows instead of averaged
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def log_loss(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of the model (w, b) on (X, y): use it to watch training."""
    p = np.clip(sigmoid(X @ w + b), 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def train_logistic(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int
) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for epoch in range(epochs):
        p = sigmoid(X @ w + b)
        error = p - y
        w = w - lr * (X.T @ error)
        b = b - lr * error.sum()
    return w, float(b)
