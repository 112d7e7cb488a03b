r"""Subtracting each row's maximum leaves the softmax unchanged and makes every
exponent at most 0, so nothing overflows; computing the log-softmax as
$z - \max z - \log\sum e^{z - \max z}$ (rather than `log(softmax)`) keeps a tiny
true-class probability as a large finite loss instead of $\log 0 = -\infty$.

For one row, $\partial(-\log p_y)/\partial z_j = p_j - [j = y]$: the predicted
distribution minus the one-hot target. The mean over the batch divides every
row by $n$, a factor that is easy to forget (the learning rate then silently
depends on the batch size). A common wrong approach takes the softmax along
`axis=0`, normalising each class over the batch instead of each example over
the classes; another writes `p[:, labels] -= 1`, which subtracts 1 in whole
columns instead of at one entry per row (`p[np.arange(n), labels]`).
"""

import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    z = np.asarray(logits, dtype=np.float64)
    n = z.shape[0]
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -log_p[rows, labels].mean()
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    return float(loss), grad / n
