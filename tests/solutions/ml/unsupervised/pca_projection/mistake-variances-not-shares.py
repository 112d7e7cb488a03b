# expect: add up to more than 1
import numpy as np


def pca_project(X, k):
    Xc = X - X.mean(0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    return Xc @ Vt[:k].T, s[:k] ** 2 / (len(X) - 1)
