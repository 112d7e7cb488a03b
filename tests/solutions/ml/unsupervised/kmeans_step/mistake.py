# expect: measured against the new centroids
import numpy as np


def kmeans_step(X, centroids):
    squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=-1)
    labels = squared.argmin(axis=1)
    new_centroids = np.array(centroids, dtype=np.float64)
    for j in range(len(centroids)):
        if np.any(labels == j):
            new_centroids[j] = X[labels == j].mean(axis=0)
    inertia = float(((X - new_centroids[labels]) ** 2).sum())
    return labels.astype(np.int64), new_centroids, inertia
