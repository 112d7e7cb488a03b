# expect: centred on its own mean \(axis=1\)
import numpy as np


def pca_project(X, k):
    Xc = X - X.mean(1, keepdims=True)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Xc @ Vt[:k].T, s[:k] ** 2 / (s**2).sum()
