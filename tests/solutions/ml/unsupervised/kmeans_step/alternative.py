import numpy as np
from scipy.spatial.distance import cdist


def kmeans_step(X, centroids):
    squared = cdist(X, centroids, "sqeuclidean")
    labels = np.argmin(squared, axis=1).astype(np.int64)
    inertia = float(np.min(squared, axis=1).sum())
    k, d = centroids.shape
    # Per-cluster sums and sizes in one pass each, instead of a loop over clusters.
    sums = np.zeros((k, d))
    np.add.at(sums, labels, X)
    sizes = np.bincount(labels, minlength=k)
    new_centroids = np.where(
        sizes[:, None] > 0, sums / np.maximum(sizes, 1)[:, None], centroids
    ).astype(np.float64)
    return labels, new_centroids, inertia
