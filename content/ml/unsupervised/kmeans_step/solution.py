"""The (n, k) matrix of squared distances gives everything: `argmin(axis=1)` is the
assignment (NumPy's argmin returns the first minimum, so ties go to the lower index),
and the minimum of each row, summed, is the inertia against the given centroids.
The update loops over the k clusters, which is short and clear; a cluster with no
rows keeps its centroid, because the mean of an empty set is `nan`, and a `nan`
centroid then wins no row (or, worse, every row: `argmin` treats `nan` as the
smallest value) and the run never converges.

Common wrong approaches: `argmin(axis=0)` (the nearest row to each centroid, shape
(k,)), reporting the inertia against the new centroids (the value after the update,
which is a different and smaller number), and summing plain distances instead of
squared ones.
"""

import numpy as np


def kmeans_step(X: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = squared.argmin(axis=1)
    inertia = float(squared[np.arange(len(X)), labels].sum())
    new_centroids = np.array(centroids, dtype=np.float64)
    for j in range(len(centroids)):
        members = X[labels == j]
        if len(members):
            new_centroids[j] = members.mean(axis=0)
    return labels.astype(np.int64), new_centroids, inertia
