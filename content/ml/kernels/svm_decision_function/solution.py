r"""A kernel SVM predicts with its support vectors alone: the training points with a
non-zero dual coefficient. The `(m, s)` matrix of squared distances comes from one
broadcast, the kernel is one `np.exp`, and the weighted sum over support vectors is a
matrix-vector product. `dual_coef` already carries the labels' signs, so nothing is
multiplied by y again. The cost per prediction is O(s d), which is why an SVM with tens
of thousands of support vectors is slow to serve, and why a very large gamma (each
support vector influences only its immediate neighbourhood) tends to keep almost every
training point as a support vector.

Common wrong approaches: the plain distance instead of the squared one; dividing by
gamma (the $1/(2\sigma^2)$ convention of some textbooks, which is a different
parameter); and forgetting the intercept, which shifts the boundary. For a large number
of rows, expand $\lVert a - b\rVert^2 = \lVert a\rVert^2 + \lVert b\rVert^2 - 2a\cdot b$
to avoid the `(m, s, d)` intermediate, and clip it at 0.
"""

import numpy as np


def svm_decision_function(
    support_vectors: np.ndarray, dual_coef: np.ndarray, intercept: float, gamma: float,
    X: np.ndarray,
) -> np.ndarray:
    squared = ((X[:, None, :] - support_vectors[None, :, :]) ** 2).sum(axis=-1)
    return np.exp(-gamma * squared) @ dual_coef + intercept
