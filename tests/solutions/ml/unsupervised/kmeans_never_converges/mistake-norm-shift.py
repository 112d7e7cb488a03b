# expect: compares the largest move of any single coordinate with tol
# Wrong: the stopping test on the norm of all the centroids' moves, not the largest coordinate move.
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
        shift = np.linalg.norm(new_centroids - centroids)
        centroids = new_centroids
        if shift <= tol:
            break
    return centroids, labels, n_iter
