# expect: forming X\^T X squares that number
import numpy as np


def fitted_values(X, y):
    # The textbook normal equations: X^T X has no inverse with dependent columns.
    X = np.asarray(X, dtype=float)
    return X @ np.linalg.inv(X.T @ X) @ X.T @ y
