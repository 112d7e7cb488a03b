import numpy as np


def rolling_mean(x: np.ndarray, w: int) -> np.ndarray:
    """Mean of every window of w consecutive values of x: shape (len(x) - w + 1,).

    out[i] is the mean of x[i], ..., x[i + w - 1]; x is 1-D float64, 1 <= w <= len(x).

    TODO: this double loop is correct but slow. Make it at least 20x faster with
    NumPy, without changing the result: every window's mean must stay accurate,
    also after a huge value has gone by.
    """
    n = len(x)
    out = np.empty(n - w + 1)
    for i in range(n - w + 1):
        total = 0.0
        for j in range(i, i + w):
            total += x[j]
        out[i] = total / w
    return out
