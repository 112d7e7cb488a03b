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
    # lambda_max from the largest singular value of X, and the gradient written as
    # H w - (2/n) X^T y with the constant Hessian H.
    n, d = X.shape
    s_max = np.linalg.norm(X, ord=2)
    lr = 1.0 / (2.0 / n * s_max**2 + 2.0 * alpha)
    H = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    b = 2.0 / n * X.T @ y
    w = np.zeros(d)
    for _ in range(epochs):
        w -= lr * (H @ w - b)
    return w
