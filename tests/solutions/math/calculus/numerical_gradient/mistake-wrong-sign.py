# expect: wrong sign.*L\(w \+ h e_j\) minus L\(w - h e_j\)
# The two evaluations subtracted the wrong way round; the message only restated the formula.
import numpy as np


def loss(w, X, y):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w, X, y, h=1e-5):
    w = np.asarray(w, dtype=float)
    return np.array([(loss(w - e, X, y) - loss(w + e, X, y)) / (2 * h) for e in h * np.eye(w.size)])
