# expect: a column of zeros \(X\^T X has no inverse: use a least-squares[^\n]*raised LinAlgError
# Solves the normal equations: on a column of zeros np.linalg.solve raises "Singular
# matrix", which used to come with no word on what it means here.
import numpy as np


def fitted_values(X, y):
    X = np.asarray(X, np.float64)
    y = np.asarray(y, np.float64)
    return X @ np.linalg.solve(X.T @ X, X.T @ y)
