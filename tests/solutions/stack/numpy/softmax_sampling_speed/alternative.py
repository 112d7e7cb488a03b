import numpy as np
from scipy.special import softmax


def sample_classes(logits, seed):
    rng = np.random.default_rng(seed)
    p = softmax(np.asarray(logits, dtype=np.float64), axis=1)
    cdf = np.cumsum(p, axis=1)
    if cdf.size:
        cdf[:, -1] = 1.0
    u = rng.random(cdf.shape[0])
    # The first class whose cumulative probability exceeds u; the last is exactly 1 > u.
    return np.argmax(cdf > u[:, None], axis=1).astype(np.int64)
