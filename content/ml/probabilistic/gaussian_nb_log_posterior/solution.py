r"""Everything stays in log space. The joint log-likelihood of each test row and class
is the log prior plus a sum of Gaussian log densities, computed for all rows and
classes at once by broadcasting `(m, 1, d)` test rows against `(1, k, d)` class
means and variances. Normalising is `jll - logsumexp(jll, axis=1)`: SciPy subtracts
the row's largest value before exponentiating, so nothing underflows even when the
likelihoods are $e^{-1000}$. The variance floor $\varepsilon$ is relative to the
data's own scale, so it is negligible for ordinary features but keeps a feature that
is constant within a class from dividing by zero.

Common wrong approaches: multiplying densities and normalising in linear space,
which underflows to 0/0 = NaN with many features or far-away points; the sample
variance with $n_c - 1$ (a different model, and NaN for a class with one row);
forgetting the prior, which matters whenever the classes are imbalanced; and no
variance floor.
"""

import numpy as np
from scipy.special import logsumexp


def gaussian_nb_log_proba(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float = 1e-9
) -> tuple[np.ndarray, np.ndarray]:
    classes = np.unique(y_train)
    epsilon = var_smoothing * X_train.var(axis=0).max()
    rows = [X_train[y_train == c] for c in classes]
    prior = np.array([len(r) for r in rows]) / len(y_train)
    mean = np.array([r.mean(axis=0) for r in rows])
    var = np.array([r.var(axis=0) for r in rows]) + epsilon
    diff = X_test[:, None, :] - mean[None, :, :]
    jll = np.log(prior) - 0.5 * np.sum(np.log(2 * np.pi * var) + diff**2 / var, axis=2)
    return classes, jll - logsumexp(jll, axis=1, keepdims=True)
