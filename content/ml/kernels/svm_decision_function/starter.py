import numpy as np


def svm_decision_function(
    support_vectors: np.ndarray, dual_coef: np.ndarray, intercept: float, gamma: float,
    X: np.ndarray,
) -> np.ndarray:
    """f(x) = sum_i dual_coef[i] * exp(-gamma * ||sv_i - x||^2) + intercept, for each row x.

    Returns a float64 array of shape (len(X),).
    """
    # TODO: the (m, s) matrix of squared distances, the RBF kernel, then a weighted sum.
    raise NotImplementedError("svm_decision_function is not written yet")
