# expect: near the maximum of the log-likelihood but stops short
# scipy BFGS on the negative log-likelihood (default tolerances), then H at the result.
import numpy as np
from scipy.optimize import minimize
def logistic_mle(X, y):
    def f(w):
        z = X @ w
        return np.sum(np.logaddexp(0, z) - y * z), X.T @ (1 / (1 + np.exp(-z)) - y)
    w = minimize(f, np.zeros(X.shape[1]), jac=True, method="BFGS").x
    p = 1 / (1 + np.exp(-(X @ w)))
    H = X.T @ (X * (p * (1 - p))[:, None])
    return w, np.sqrt(np.diag(np.linalg.inv(H)))
