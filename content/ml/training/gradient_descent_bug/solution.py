r"""The gradient of the mean cross-entropy is $\frac1n X^\top (p - y)$: prediction
minus target. The broken version used `y - p`, the *negative* gradient, so
subtracting it walked uphill: gradient ascent on the loss, which drives the model
to be confidently wrong. The mistake usually comes from linear regression, where
the derivation is often written as $-X^\top(y - \hat y)$ and the minus sign gets
lost when copying. A sign error like this is caught in seconds by checking that
one small step lowers the loss, or by comparing the gradient with a finite
difference $(L(w + \epsilon e_j) - L(w - \epsilon e_j)) / 2\epsilon$.

Two other common mistakes in this loop: summing the gradient instead of averaging
it (the step then grows with the size of the data set, so a learning rate that
works on a sample diverges on the full set), and forgetting to update the bias
(the model cannot shift its decision boundary, which shows as soon as the classes
are unbalanced).

The starter's `log_loss` helper was right all along and is left out here: it is the
tool for watching the loss, not part of the fix.
"""

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def train_logistic(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int
) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        error = sigmoid(X @ w + b) - y
        w = w - lr * (X.T @ error) / n
        b = b - lr * error.mean()
    return w, float(b)
