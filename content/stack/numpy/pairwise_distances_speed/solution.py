"""Expanding the square turns the double loop into one matrix product: the n·m dot
products come from `X @ Y.T` (BLAS), and the squared norms broadcast along rows and
columns. Rounding can make a squared distance a tiny negative number when two points
coincide, so it is clipped at 0 before the square root. Broadcasting the difference
directly, `np.sqrt(((X[:, None] - Y[None]) ** 2).sum(-1))`, is exact and also passes,
but it builds an (n, m, d) array: fine here, a memory problem at scale.
"""

import numpy as np


def pairwise_distances(X: np.ndarray, Y: np.ndarray) -> np.ndarray:
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * X @ Y.T
    return np.sqrt(np.maximum(squared, 0.0))
