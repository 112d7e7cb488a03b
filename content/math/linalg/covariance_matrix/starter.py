import numpy as np


def covariance_matrix(X: np.ndarray) -> np.ndarray:
    """Sample covariance of the columns (features) of X, shape (n, d) with n >= 2.

    Returns a float64 array of shape (d, d), divided by n - 1.
    """
    # TODO: centre each column, then one matrix product, then divide by n - 1.
    raise NotImplementedError("covariance_matrix is not written yet")
