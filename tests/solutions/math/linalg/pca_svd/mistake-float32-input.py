# expect: return float64 arrays: convert X
import numpy as np


def pca(X, k):
    # Works in the dtype it is given: float32 embeddings stay float32.
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    components = vt[:k]
    biggest = np.argmax(np.abs(components), axis=1)
    components = components * np.sign(components[np.arange(k), biggest])[:, None]
    return components, s[:k] ** 2 / np.sum(s**2)
