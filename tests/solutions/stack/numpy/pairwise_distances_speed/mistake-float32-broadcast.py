# expect: nearby points[^\n]*computed in float32, which keeps about 7 digits
# Broadcasting X[:, None] - Y[None] in float32: no expansion, but rounding the coordinates
# to float32 loses most digits of a small distance. It once passed most runs.
import numpy as np


def pairwise_distances(X, Y):
    X, Y = X.astype(np.float32), Y.astype(np.float32)
    return np.sqrt(((X[:, None, :] - Y[None, :, :]) ** 2).sum(-1)).astype(np.float64)
