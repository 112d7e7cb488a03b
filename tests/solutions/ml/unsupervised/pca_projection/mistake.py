# expect: not centred
import numpy as np


def pca_project(X, k):
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    return X @ Vt[:k].T, s[:k] ** 2 / np.sum(s**2)
