# expect: slightly below 0.*np\.maximum
import numpy as np


def pairwise_distances(X, Y):
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * X @ Y.T
    return np.sqrt(squared)
