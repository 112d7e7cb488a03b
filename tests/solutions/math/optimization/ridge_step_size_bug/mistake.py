# expect: gradient of alpha \* \|\|w\|\|\^2 is 2 \* alpha \* w
import numpy as np


def ridge_loss(w: np.ndarray, X: np.ndarray, y: np.ndarray, alpha: float) -> float:
    """(1/n) ||X w - y||^2 + alpha ||w||^2 (correct: use it to watch training)."""
    residual = X @ w - y
    return float(residual @ residual / len(y) + alpha * w @ w)


def ridge_closed_form(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    """The exact minimiser of ridge_loss (correct: use it to check the solver)."""
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + alpha * np.eye(d), X.T @ y / n)


def fit_ridge_gd(X, y, alpha, epochs):
    # Only the first bug fixed: the step uses the largest eigenvalue now, but the
    # penalty's gradient is still alpha * w.
    n, d = X.shape
    hessian = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    lr = 1.0 / np.linalg.eigvalsh(hessian)[-1]
    w = np.zeros(d)
    for _ in range(epochs):
        grad = 2.0 / n * X.T @ (X @ w - y) + alpha * w
        w = w - lr * grad
    return w
