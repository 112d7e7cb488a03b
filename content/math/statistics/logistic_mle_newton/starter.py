import numpy as np


def logistic_mle(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Maximum-likelihood logistic regression coefficients and their standard errors.

    X: (n, d) design matrix (any intercept column already included); y: (n,) of 0/1.
    Returns (w, se), both float64 arrays of shape (d,): the MLE, and
    sqrt(diag(inverse of X^T diag(p (1 - p)) X)) at the MLE.
    """
    # TODO: Newton's method from w = 0 on the log-likelihood until the step is
    # negligible; then the standard errors from the inverse Hessian at the optimum.
    raise NotImplementedError("logistic_mle is not written yet")
