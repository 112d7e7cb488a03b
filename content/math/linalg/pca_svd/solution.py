r"""With $X_c = U\,\mathrm{diag}(s)\,V^\top$, the covariance is
$X_c^\top X_c / (n-1) = V\,\mathrm{diag}(s^2/(n-1))\,V^\top$: the rows of $V^\top$ are its
eigenvectors (the principal directions) and $s_j^2/(n-1)$ the variance along each.
The $(n-1)$ cancels in the ratio $s_j^2 / \sum_i s_i^2$. The SVD of $X_c$ is preferred
to `eigh` of the covariance because forming $X_c^\top X_c$ squares the condition
number and loses precision for the small components; `full_matrices=False` keeps
$U$ at $n \times \min(n, d)$ instead of $n \times n$.

The rows of `Vt` are the directions; its columns are not, and `U` lives in
example space (shape $n \times \dots$), not feature space. Without centring, the
first "component" points at the mean of the data rather than along its spread.
Normalising the ratios by the kept components only makes them sum to 1 and
overstates how much of the data $k$ components explain. The sign flip makes the
result reproducible: LAPACK may return $v$ or $-v$.
"""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    components = vt[:k]
    biggest = np.argmax(np.abs(components), axis=1)
    components = components * np.sign(components[np.arange(k), biggest])[:, None]
    ratios = s[:k] ** 2 / np.sum(s**2)
    return components, ratios
