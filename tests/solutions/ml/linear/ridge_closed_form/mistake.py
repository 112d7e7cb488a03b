# expect: intercept penalised
import numpy as np


def fit_ridge(X, y, alpha):
    Xa = np.column_stack([X, np.ones(len(X))])
    coef = np.linalg.solve(Xa.T @ Xa + alpha * np.eye(Xa.shape[1]), Xa.T @ y)
    return coef[:-1], float(coef[-1])
