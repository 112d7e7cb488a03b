# expect: went back to its starting point
# The nan fixed, but an empty cluster's centroid returns to its start instead of staying put.
import numpy as np
def kmeans(X, init_centroids, max_iter=100, tol=1e-8):
    centroids = init_centroids.copy()
    for n_iter in range(1, max_iter + 1):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1)
        labels = distances.argmin(axis=1)
        new_centroids = np.array([X[labels == j].mean(axis=0) if np.any(labels == j) else init_centroids[j] for j in range(len(centroids))])
        shift = np.abs(new_centroids - centroids).max()
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels, n_iter
