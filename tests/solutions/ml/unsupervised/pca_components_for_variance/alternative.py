import numpy as np
from sklearn.decomposition import PCA


def components_for_variance(X, target):
    # scikit-learn's PCA centres the data and reports the ratios itself. The full SVD:
    # on tall data its default solver forms X^T X before centring, which loses digits
    # on columns far from 0.
    ratios = PCA(svd_solver="full").fit(X).explained_variance_ratio_
    k = 1
    while k < len(ratios) and ratios[:k].sum() < target - 1e-12:
        k += 1
    return k, np.asarray(ratios, dtype=np.float64)
