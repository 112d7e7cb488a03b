# expect: times the largest, was dropped
import numpy as np


def fitted_values(X, y):
    X = np.asarray(X, dtype=float)
    return X @ np.linalg.pinv(X, rcond=1e-4) @ y
