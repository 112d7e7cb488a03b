# expect: float32
import numpy as np
def pairwise_distances(X, Y):
    X, Y = X.astype(np.float32), Y.astype(np.float32)
    sq = (X**2).sum(1)[:, None] + (Y**2).sum(1)[None] - 2 * X @ Y.T
    return np.sqrt(np.maximum(sq, 0)).astype(np.float64)
