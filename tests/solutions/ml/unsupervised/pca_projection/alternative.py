import numpy as np
from sklearn.decomposition import PCA


def pca_project(X, k):
    # scikit-learn's PCA centres (without scaling) and uses the full SVD; its ratio is
    # each component's share of the total variance.
    pca = PCA(n_components=k, svd_solver="full")
    scores = pca.fit_transform(X)
    return scores.astype(np.float64), pca.explained_variance_ratio_.astype(np.float64)
