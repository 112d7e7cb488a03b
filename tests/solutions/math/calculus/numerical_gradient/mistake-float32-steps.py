# expect: agree to only a few digits.*float64
# The steps are taken in float32: the difference of two nearly equal losses loses digits.
# The message only restated the formula.
import numpy as np


def loss(w, X, y):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w, X, y, h=1e-5):
    w = np.asarray(w, dtype=np.float32)
    return np.array(
        [
            (loss(w + e, X, y) - loss(w - e, X, y)) / (2 * h)
            for e in np.float32(h) * np.eye(w.size, dtype=np.float32)
        ]
    )
