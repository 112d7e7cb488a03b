# expect: the ratios lost their digits.*svd_solver='full'
import numpy as np
from sklearn.decomposition import PCA


def components_for_variance(X, target):
    # PCA() as it comes: on tall data its default solver forms the covariance first.
    ratios = PCA().fit(X).explained_variance_ratio_
    k = int(np.searchsorted(np.cumsum(ratios), target - 1e-12)) + 1
    return min(k, len(ratios)), np.asarray(ratios, dtype=np.float64)
