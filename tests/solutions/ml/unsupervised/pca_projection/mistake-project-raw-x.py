# expect: the data projected onto them is X, not the centred Xc
# Wrong: the components come from the centred data, but the scores project the raw X.
import numpy as np
def pca_project(X, k):
    Xc = X - X.mean(0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    return X @ Vt[:k].T, (S**2 / np.sum(S**2))[:k]
