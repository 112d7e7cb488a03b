# expect: a covariance \(or X\^T X\) matrix squares that ratio
# Eigen-decomposition of the covariance matrix instead of the SVD of the data.
import numpy as np
def pca(X, k):
    X = np.asarray(X, dtype=float); Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(Xc.T @ Xc)
    order = np.argsort(vals)[::-1]
    vals, vecs = np.clip(vals[order], 0, None), vecs[:, order]
    c = vecs[:, :k].T
    big = np.argmax(np.abs(c), axis=1)
    c = c * np.sign(c[np.arange(k), big])[:, None]
    return c, vals[:k] / vals.sum()
