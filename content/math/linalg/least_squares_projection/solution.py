r"""`np.linalg.lstsq` minimises $\lVert Xw - y\rVert$ through an SVD, so it copes with
dependent columns: among the many minimising $w$ it returns the one of least
norm, and every minimiser gives the same $Xw$, the projection $\hat y = X X^{+} y$
($X^{+}$ the pseudo-inverse). `X @ np.linalg.pinv(X) @ y` is the same thing.

The textbook formula $\hat y = X (X^\top X)^{-1} X^\top y$ is right only when the
columns are independent. With a duplicated column $X^\top X$ is singular: `inv`
either raises or, after rounding, returns huge meaningless numbers. Squaring the
matrix also squares its condition number, so even nearly collinear features lose
twice as many digits as with `lstsq`. A plain QR decomposition has the opposite
trap: for rank-deficient $X$ its $Q$ has orthonormal columns that span *more*
than the column space of $X$, so $Q Q^\top y$ projects onto too large a space.
"""

import numpy as np


def fitted_values(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    w, *_ = np.linalg.lstsq(X, y, rcond=None)
    return X @ w
