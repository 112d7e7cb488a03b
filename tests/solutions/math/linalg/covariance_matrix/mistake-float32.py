# expect: every value is a float32 number
import numpy as np
def covariance_matrix(X):
    X = np.asarray(X, dtype=np.float32)
    c = X - X.mean(axis=0)
    return (c.T @ c / (X.shape[0] - 1)).astype(np.float64)
