# expect: denominator has no smoothing term
import numpy as np
from scipy.special import logsumexp


def nb_log_posterior(X_train, y_train, X_test, alpha=1.0):
    cl, inv = np.unique(y_train, return_inverse=True)
    Y = np.eye(len(cl))[inv]
    N = Y.T @ X_train
    lt = np.log(N + alpha) - np.log(N.sum(1, keepdims=True))
    j = X_test @ lt.T + np.log(Y.mean(0))
    return j - logsumexp(j, axis=1, keepdims=True)
