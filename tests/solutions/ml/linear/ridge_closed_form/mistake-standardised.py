# expect: standardised X
import numpy as np


def fit_ridge(X, y, alpha):
    xm, sd = X.mean(0), X.std(0)
    Z = (X - xm) / sd
    v = np.linalg.solve(Z.T @ Z + alpha * np.eye(X.shape[1]), Z.T @ (y - y.mean()))
    w = v / sd
    return w, float(y.mean() - xm @ w)
