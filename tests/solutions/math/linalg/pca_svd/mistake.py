# expect: not centred
import numpy as np


def pca(X, k):
    # The SVD of the raw data: the first direction points towards the mean.
    X = np.asarray(X, dtype=float)
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    components = vt[:k]
    biggest = np.argmax(np.abs(components), axis=1)
    components = components * np.sign(components[np.arange(k), biggest])[:, None]
    return components, s[:k] ** 2 / np.sum(s**2)
