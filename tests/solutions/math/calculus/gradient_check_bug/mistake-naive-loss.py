# expect: this gradient is correct, but the check says error = [^:]*: the loss lost its digits
# A right central difference, with _loss rewritten as log(1 + exp(z)) - y z: on a confident
# model the loss is noise, and it used to be told it took a one-sided difference.
import numpy as np


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.log(1 + np.exp(z)) - y * z))


def gradient_check(X, y, w, grad, tol=1e-6):
    h = 1e-6
    numeric = np.array(
        [(_loss(X, y, w + h * e) - _loss(X, y, w - h * e)) / (2 * h) for e in np.eye(len(w))]
    )
    err = np.abs(grad - numeric) / np.maximum(np.abs(grad) + np.abs(numeric), 1e-8)
    return bool(err.max() <= tol), float(err.max())
