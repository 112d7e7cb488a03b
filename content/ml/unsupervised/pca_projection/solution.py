r"""The SVD of the centred data gives PCA directly: the right singular vectors are the
eigenvectors of the covariance $X_c^\top X_c / (n-1)$, already sorted by decreasing
singular value, and $s_j^2/(n-1)$ is the variance along component j, so the ratio's
$1/(n-1)$ cancels. Working on $X_c$ rather than forming the covariance matrix avoids
squaring the condition number, and `full_matrices=False` keeps U at (n, min(n, d)).
`Xc @ Vt[:k].T` equals `U[:, :k] * s[:k]`; either is fine.

Common wrong approaches: skipping the centring (the first component then points at the
mean, not along the spread); taking `Vt[:, :k]` (columns of Vt) instead of `Vt[:k]`
(rows) as the components; `np.linalg.eigh` of the covariance without reversing its
ascending order (the "top" components are then the least important ones); and dividing
by the sum of the first k squared singular values, which makes the ratios sum to 1
however much variance was thrown away. Standardising the columns first is a different
method (PCA on the correlation matrix), right when the units differ, but not what was
asked.
"""

import numpy as np


def pca_project(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    scores = Xc @ Vt[:k].T
    ratio = s[:k] ** 2 / np.sum(s**2)
    return scores, ratio
