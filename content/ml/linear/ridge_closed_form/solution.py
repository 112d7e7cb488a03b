r"""Centring X and y removes the intercept from the problem: once both have mean 0,
the best intercept for any w is $\bar y - \bar x^\top w$, so the penalised system
only involves w, and the intercept is recovered afterwards without being shrunk.
`np.linalg.solve` factorises $X_c^\top X_c + \alpha I$ once and solves; it is
faster and more accurate than forming the inverse.

The common wrong approach appends a column of ones to X and solves
$(X^\top X + \alpha I) w = X^\top y$ for all d + 1 coefficients: the intercept is
then penalised too, so it is pulled toward 0 and the fit changes when y is shifted
by a constant. (If you do append a ones column, put 0 in the identity's entry for
it.) Another is to scale alpha by n, which fits a different objective from the
one stated (and from scikit-learn's `Ridge`).
"""

import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    w = np.linalg.solve(A, Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)
