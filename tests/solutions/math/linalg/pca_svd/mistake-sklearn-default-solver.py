# expect: a covariance \(or X\^T X\) matrix squares that ratio.*scikit-learn's PCA
# scikit-learn's PCA with its defaults: on tall data (n >= 10 d) svd_solver='auto' picks
# 'covariance_eigh', the eigenvectors of the covariance matrix.
import numpy as np
from sklearn.decomposition import PCA


def pca(X, k):
    model = PCA(n_components=k).fit(np.asarray(X, dtype=float))
    return model.components_, model.explained_variance_ratio_
