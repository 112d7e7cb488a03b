# expect: penalty looks multiplied by 0\.5
import numpy as np


def fit_ridge(X, y, alpha):
    Xc = X - X.mean(0)
    w = np.linalg.solve(Xc.T @ Xc + alpha / 2 * np.eye(X.shape[1]), Xc.T @ (y - y.mean()))
    return w, float(y.mean() - X.mean(0) @ w)
