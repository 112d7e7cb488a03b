import numpy as np


def sample_classes(logits, seed):
    z = np.array(logits, dtype=np.float64)          # a float64 copy
    z -= z.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    c = np.cumsum(z, axis=1)
    c /= c[:, -1:]                                    # normalise by the row total
    c[:, -1] = 1.0
    u = np.random.default_rng(seed).random((z.shape[0], 1))
    return np.count_nonzero(c <= u, axis=1).astype(np.int64)
