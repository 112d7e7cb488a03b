# expect: not the top k in decreasing order of variance
# Wrong: the top k eigenvectors of np.linalg.eigh taken in its increasing order, so
# the highest-variance component comes last.
import numpy as np
def pca_project(X, k):
    Xc = X - X.mean(0)
    w, V = np.linalg.eigh(np.cov(Xc, rowvar=False))
    V = V[:, -k:]
    return Xc @ V, w[-k:] / w.sum()
