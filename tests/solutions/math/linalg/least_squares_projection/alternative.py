import numpy as np


def fitted_values(X, y):
    # Project onto the span of the left singular vectors with nonzero singular values.
    X = np.asarray(X, dtype=float)
    U, s, _ = np.linalg.svd(X, full_matrices=False)
    if s.size == 0 or s[0] == 0:
        return np.zeros(X.shape[0])
    rank = int(np.sum(s > s[0] * max(X.shape) * np.finfo(float).eps))
    basis = U[:, :rank]
    return basis @ (basis.T @ np.asarray(y, dtype=float))
