r"""Two fixes. A one-sided difference $(L(w + h) - L(w)) / h$ has an error of about
$\frac{h}{2} L''$, so with $h = 10^{-4}$ a correct gradient is off by about $10^{-5}$
relative: far above any sensible tolerance. The central difference cancels that term
and leaves an error of order $h^2$, about $10^{-12}$ with $h = 10^{-6}$, below the
rounding noise. Second, the comparison must be relative: the size of a gradient
depends on the scale of the features and of the loss, so an absolute tolerance of
$10^{-6}$ is meaningless when every component is $10^{-5}$ (a 10% error is
$10^{-6}$). Dividing by $|a| + |m|$ measures the error against the gradient's own
size, and the small floor keeps components that are both exactly zero (a constant
loss) from giving 0/0 = NaN, which would fail every comparison.

The common wrong fixes: shrinking $h$ of the one-sided difference towards
$10^{-10}$, which trades the truncation error for catastrophic cancellation in
$L(w + h) - L(w)$; and dividing by $\max(|a|, |m|)$ with no floor, which turns a
correct zero gradient into NaN.
"""

import numpy as np


def _loss(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    z = X @ w
    # log(1 + e^z) - y z, written so that tiny losses keep their digits
    return float(np.mean(np.where(y > 0, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def gradient_check(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, grad: np.ndarray, tol: float = 1e-6
) -> tuple[bool, float]:
    h = 1e-6
    numeric = np.zeros_like(w)
    for j in range(len(w)):
        step = np.zeros_like(w)
        step[j] = h
        numeric[j] = (_loss(X, y, w + step) - _loss(X, y, w - step)) / (2 * h)
    scale = np.maximum(np.abs(grad) + np.abs(numeric), 1e-8)
    error = float(np.max(np.abs(grad - numeric) / scale))
    return bool(error <= tol), error
