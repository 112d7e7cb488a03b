# expect: shares of the singular values
import numpy as np


def pca_project(X, k):
    Xc = X - X.mean(0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Xc @ Vt[:k].T, s[:k] / s.sum()
