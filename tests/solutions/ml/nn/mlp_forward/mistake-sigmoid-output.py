# expect: rows do not sum to 1
import numpy as np


def mlp_forward(X, W1, b1, W2, b2):
    H = np.maximum(0.0, X @ W1 + b1)
    Z = H @ W2 + b2
    return 0.5 * (1 + np.tanh(Z / 2))
