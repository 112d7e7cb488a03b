import numpy as np


def covariance_matrix(X):
    # The library routine, told that the variables are the columns; atleast_2d keeps
    # the (1, 1) shape that np.cov would squeeze away for one feature.
    return np.atleast_2d(np.cov(np.asarray(X, dtype=np.float64), rowvar=False, ddof=1))
