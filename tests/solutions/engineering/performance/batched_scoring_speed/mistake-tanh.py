# expect: only probabilities near 0 are off.*subtracts from 1
import numpy as np


def score_requests(X, W1, b1, w2, b2):
    # sigmoid(z) = (1 + tanh(z / 2)) / 2: no overflow warning for large |z|.
    hidden = np.maximum(X @ W1 + b1, 0.0)
    return 0.5 * (1.0 + np.tanh(0.5 * (hidden @ w2 + b2)))
