# expect: still contain nan
import numpy as np


def kmeans(
    X: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100, tol: float = 1e-8
) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = init_centroids.copy()
    for n_iter in range(1, max_iter + 1):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1)
        labels = distances.argmin(axis=1)
        new_centroids = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
        shift = np.nanmax(np.abs(new_centroids - centroids))  # ignore the nan centroids
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels, n_iter
