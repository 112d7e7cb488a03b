# expect: the loop stopped when the labels stopped changing
# Wrong: stops once the labels repeat, instead of testing the centroids' largest move
# against tol; the message used to say only to count every iteration.
import numpy as np
from scipy.spatial.distance import cdist
def kmeans(X, init_centroids, max_iter=100, tol=1e-8):
    c = init_centroids.copy(); prev = None
    for it in range(1, max_iter + 1):
        labels = cdist(X, c).argmin(axis=1)
        if prev is not None and np.array_equal(labels, prev):
            break
        prev = labels
        for j in range(len(c)):
            if np.any(labels == j):
                c[j] = X[labels == j].mean(0)
    return c, labels, it
