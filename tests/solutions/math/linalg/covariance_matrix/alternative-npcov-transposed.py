import numpy as np


def covariance_matrix(X):
    d = X.shape[1]
    return np.cov(X.T).reshape(d, d).astype(np.float64)
