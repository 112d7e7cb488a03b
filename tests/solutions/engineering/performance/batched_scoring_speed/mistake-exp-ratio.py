# expect: some probabilities are NaN: np.exp\(z\) overflows
import numpy as np


def score_requests(X, W1, b1, w2, b2):
    # sigmoid(z) = e^z / (1 + e^z)
    hidden = np.maximum(X @ W1 + b1, 0.0)
    e = np.exp(hidden @ w2 + b2)
    return e / (1.0 + e)
