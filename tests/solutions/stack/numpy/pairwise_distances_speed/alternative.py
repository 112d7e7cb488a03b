import numpy as np


def pairwise_distances(X, Y):
    # The exact differences, broadcast to (n, m, d), contracted with einsum: no
    # expansion of the square, so nothing can round below zero.
    diff = X[:, None, :] - Y[None, :, :]
    return np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
