# expect: divides by n; the sample covariance divides by n - 1
import numpy as np


def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / X.shape[0]
