import numpy as np


def pca(X, k):
    # The SVD of the transposed centred data: its left singular vectors are the directions.
    X = np.asarray(X, dtype=float)
    centred = (X - X.mean(axis=0)).T
    directions, s, _ = np.linalg.svd(centred, full_matrices=False)
    components = directions[:, :k].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    variance = s**2
    return components, variance[:k] / variance.sum()
