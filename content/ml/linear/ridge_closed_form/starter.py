import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Fit ridge regression with an unpenalised intercept.

    X has shape (n, d), y has shape (n,), alpha >= 0.
    Return (weights of shape (d,), intercept as a float).
    """
    # TODO: centre X and y, solve (Xc^T Xc + alpha I) w = Xc^T yc with
    # np.linalg.solve, then recover the intercept from the means.
    raise NotImplementedError("fit_ridge is not written yet")
