import numpy as np


def sample_classes(logits: np.ndarray, seed: int) -> np.ndarray:
    """Draw one class per row from softmax(logits row): int64 array of shape (n,)."""
    rng = np.random.default_rng(seed)
    logits = np.asarray(logits, dtype=np.float64)
    n, k = logits.shape
    out = np.empty(n, dtype=np.int64)
    for i in range(n):
        z = logits[i] - logits[i].max()
        p = np.exp(z)
        p /= p.sum()
        cdf = np.cumsum(p)
        cdf[-1] = 1.0
        out[i] = np.searchsorted(cdf, rng.random(), side="right")
    return out
