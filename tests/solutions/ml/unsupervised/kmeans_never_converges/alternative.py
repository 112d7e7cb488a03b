import numpy as np


def kmeans(
    X: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100, tol: float = 1e-8
) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init_centroids, dtype=np.float64)
    k = len(centroids)
    for n_iter in range(1, max_iter + 1):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1)
        labels = distances.argmin(axis=1)
        # Sums and sizes per cluster; an empty cluster (size 0) keeps its centroid
        # instead of getting the nan mean of no rows.
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        sizes = np.bincount(labels, minlength=k)[:, None]
        new_centroids = np.where(sizes > 0, sums / np.maximum(sizes, 1), centroids)
        shift = np.abs(new_centroids - centroids).max()
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels.astype(np.int64), n_iter
