"""The bug: a cluster that loses all its rows gets the mean of an empty set, which is
`nan`. From then on every comparison with it is false, so `shift <= tol` can never be
true and the loop runs to `max_iter`; worse, `argmin` treats `nan` as the smallest
value, so the rows that see a `nan` distance are all sent to that cluster, and the
damage spreads to the other centroids. The fix is to leave an empty cluster's centroid
where it was. Any `nan` in a loop's state makes a convergence test silently
unreachable, so the warning "Mean of empty slice" is the thing to chase.

Wrong fixes that hide the symptom: `np.nanmax` in the stopping test or breaking on a
`nan` shift (the loop stops, but the centroids are still `nan`), `np.nan_to_num` (the
empty centroid jumps to the origin), and dropping the empty cluster (the caller asked
for k clusters). scikit-learn's `KMeans` goes further and moves an empty cluster's
centroid to a point far from its centre, which is a fine policy too, but a different
contract from the one stated here.
"""

import numpy as np


def kmeans(
    X: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100, tol: float = 1e-8
) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init_centroids, dtype=np.float64)
    for n_iter in range(1, max_iter + 1):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1)
        labels = distances.argmin(axis=1)
        new_centroids = centroids.copy()
        for j in np.unique(labels):  # only clusters with rows move; an empty one stays
            new_centroids[j] = X[labels == j].mean(axis=0)
        shift = np.abs(new_centroids - centroids).max()
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels, n_iter
