# expect: eigenvalues in no particular order
import numpy as np


def ridge_loss(w: np.ndarray, X: np.ndarray, y: np.ndarray, alpha: float) -> float:
    """(1/n) ||X w - y||^2 + alpha ||w||^2 (correct: use it to watch training)."""
    residual = X @ w - y
    return float(residual @ residual / len(y) + alpha * w @ w)


def ridge_closed_form(X: np.ndarray, y: np.ndarray, alpha: float) -> np.ndarray:
    """The exact minimiser of ridge_loss (correct: use it to check the solver)."""
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + alpha * np.eye(d), X.T @ y / n)


def fit_ridge_gd(X: np.ndarray, y: np.ndarray, alpha: float, epochs: int) -> np.ndarray:
    """Minimise ridge_loss by full-batch gradient descent from w = 0.

    The learning rate is 1 / (the largest curvature of the loss), so that no
    tuning is needed. Users report that it blows up on real data, and that it
    disagrees with ridge_closed_form when alpha > 0.
    """
    n, d = X.shape
    hessian = 2.0 / n * X.T @ X + 2.0 * alpha * np.eye(d)
    curvatures = np.linalg.eigvals(hessian)  # largest first
    lr = 1.0 / curvatures[0]
    w = np.zeros(d)
    for _epoch in range(epochs):
        grad = 2.0 / n * X.T @ (X @ w - y) + 2.0 * alpha * w
        w = w - lr * grad
        # if epoch % 100 == 0:
        #     print(epoch, ridge_loss(w, X, y, alpha))
    return w
