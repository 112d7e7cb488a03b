import numpy as np


def rolling_mean(x: np.ndarray, w: int) -> np.ndarray:
    """Mean of every window of w consecutive values of x: shape (len(x) - w + 1,)."""
    n = len(x)
    out = np.empty(n - w + 1)
    for i in range(n - w + 1):
        total = 0.0
        for j in range(i, i + w):
            total += x[j]
        out[i] = total / w
    return out
