import numpy as np


def kmeans_step(X: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """One Lloyd iteration of k-means.

    Returns (labels, new_centroids, inertia):
    labels        int64 (n,), index of the nearest centroid (lowest index on ties);
    new_centroids float64 (k, d), mean of each cluster's rows (empty cluster: unchanged);
    inertia       float, sum of squared distances to the assigned *given* centroids.
    """
    # TODO: squared distances (n, k) -> labels -> inertia -> per-cluster means.
    raise NotImplementedError("kmeans_step is not written yet")
