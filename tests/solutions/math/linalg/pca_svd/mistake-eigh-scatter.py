# expect: a covariance \(or X\^T X\) matrix squares that ratio
import numpy as np


def pca(X, k):
    # Eigen-decomposition of the scatter matrix: it loses the directions of small spreads.
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    ratios = values[:k] / np.trace(Xc.T @ Xc)
    return components, ratios
