"""Three lines: `np.maximum(0, X @ W1 + b1)` (the bias broadcasts over the rows),
the logits `H @ W2 + b2`, and the softmax. Subtracting each row's largest logit
(`keepdims=True` keeps the column shape for broadcasting) changes no probability,
since the factor $e^{-m}$ cancels between numerator and denominator, but makes the
largest exponent $e^0 = 1$, so nothing overflows; the smallest ones may underflow to
0, which is the right answer to float64 precision.

Common wrong approaches: `np.exp(Z) / np.exp(Z).sum(...)` as written in textbooks,
which gives `inf / inf = nan` for logits above about 710; summing over the wrong axis
(columns instead of rows); and `np.maximum(X @ W1 + b1, 0)` applied after the second
layer too, which clips negative logits.
"""

import numpy as np


def mlp_forward(
    X: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> np.ndarray:
    H = np.maximum(0.0, X @ W1 + b1)
    Z = H @ W2 + b2
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)
