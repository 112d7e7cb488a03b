# expect: uses numpy\.linalg\.inv: solve the system with np\.linalg\.solve instead
import numpy as np


def fit_ridge(X, y, alpha):
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    w = np.linalg.inv(Xc.T @ Xc + alpha * np.eye(X.shape[1])) @ Xc.T @ yc
    return w, float(y_mean - x_mean @ w)
