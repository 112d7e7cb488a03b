r"""Each row of `h * np.eye(d)` is the step $h e_j$, so `w + e` and `w - e` move one
weight at a time and leave `w` itself alone. They are new float64 arrays even when
`w` holds integers, which matters: with an integer `w`, a copy updated in place
(`w_plus[j] += h`) is rounded straight back to an integer, the step vanishes, and
the "gradient" is zero or nonsense (convert first, `np.asarray(w, dtype=float)`,
if you step in place). The central difference has error $O(h^2)$, against $O(h)$ for
the one-sided $(L(w + h e_j) - L(w)) / h$, which is why gradient checks use it;
`h` around 1e-5 to 1e-6 balances that error against the rounding error of
subtracting two nearly equal losses, which grows like $\epsilon / h$.

A common wrong approach nudges `w` in place and forgets to restore it (or
restores it with a different rounding): every later weight is then evaluated at
a shifted point. Another is to divide by `h` instead of `2h`, which doubles the
gradient.
"""

import numpy as np


def loss(w: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """Mean binary cross-entropy of a logistic-regression model (do not change)."""
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def numerical_gradient(w: np.ndarray, X: np.ndarray, y: np.ndarray,
                       h: float = 1e-5) -> np.ndarray:
    steps = h * np.eye(len(w))
    return np.array([(loss(w + e, X, y) - loss(w - e, X, y)) / (2 * h) for e in steps],
                    dtype=np.float64)
