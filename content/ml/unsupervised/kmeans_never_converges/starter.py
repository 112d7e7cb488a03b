import numpy as np


def kmeans(
    X: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100, tol: float = 1e-8
) -> tuple[np.ndarray, np.ndarray, int]:
    """Lloyd's k-means from the given initial centroids.

    Returns (centroids, labels, n_iter). Users report that with some initialisations
    it runs all max_iter iterations and returns nan centroids. Find out why and fix it.
    """
    centroids = init_centroids.copy()
    for n_iter in range(1, max_iter + 1):
        distances = np.linalg.norm(X[:, None, :] - centroids[None, :, :], axis=-1)
        labels = distances.argmin(axis=1)
        new_centroids = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
        shift = np.abs(new_centroids - centroids).max()
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels, n_iter
