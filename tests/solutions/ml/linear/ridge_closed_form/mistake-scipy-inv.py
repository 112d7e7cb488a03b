# expect: without scipy\.linalg\.inv, and line \d+ uses scipy\.linalg\.inv
import numpy as np
import scipy.linalg


def fit_ridge(X, y, alpha):
    xm, ym = X.mean(axis=0), y.mean()
    Xc, yc = X - xm, y - ym
    w = scipy.linalg.inv(Xc.T @ Xc + alpha * np.eye(X.shape[1])) @ Xc.T @ yc
    return w, float(ym - xm @ w)
