# expect: maximum of the whole array
import numpy as np


def sample_classes(logits, seed):
    rng = np.random.default_rng(seed)
    z = np.asarray(logits, dtype=np.float64)
    p = np.exp(z - z.max())
    p /= p.sum(axis=1, keepdims=True)
    cdf = np.cumsum(p, axis=1)
    cdf[:, -1] = 1.0
    u = rng.random(len(z))
    return (cdf <= u[:, None]).sum(axis=1).astype(np.int64)
