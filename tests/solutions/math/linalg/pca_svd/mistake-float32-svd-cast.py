# expect: the SVD ran in float32
# The SVD in float32, the dtype of the embeddings, cast to float64 at the end.
import numpy as np


def pca(X, k):
    # Works in the dtype it is given, and casts the results at the end.
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    components = vt[:k]
    biggest = np.argmax(np.abs(components), axis=1)
    components = components * np.sign(components[np.arange(k), biggest])[:, None]
    return components.astype(np.float64), (s[:k] ** 2 / np.sum(s**2)).astype(np.float64)
