r"""Centring first (`X - X.mean(axis=0)`, one mean per column) and then taking
$X_c^\top X_c$ gives all $d^2$ cross-products in one matrix product; the order
$X_c^\top X_c$ (features by features) rather than $X_c X_c^\top$ (examples by
examples) is what makes it $d \times d$. Dividing by $n - 1$ gives the unbiased
sample covariance, the same as `np.cov(X, rowvar=False)`; but `np.cov` treats
*rows* as variables by default, and for a single feature it returns a 0-d array,
two reasons to know the product form.

A common wrong approach expands the product as $\frac{1}{n-1}(X^\top X - n\,\bar x \bar x^\top)$
to skip the centring. It is algebraically equal but numerically poor: with
feature means around $10^6$ and spreads around 1, both terms are about $10^{12}$
and their difference loses most of its digits (catastrophic cancellation).
Centre first, then multiply.
"""

import numpy as np


def covariance_matrix(X: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[0] - 1)
