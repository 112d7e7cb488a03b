import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    mean = X.sum(axis=0) / n
    Xc = X - mean[np.newaxis, :]
    return np.dot(Xc.T, Xc) * (1.0 / (n - 1))
