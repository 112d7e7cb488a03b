# expect: overflows|NaN or inf
import numpy as np


def mlp_forward(X, W1, b1, W2, b2):
    # The textbook softmax, without the shift: inf / inf for large logits.
    H = np.maximum(0.0, X @ W1 + b1)
    E = np.exp(H @ W2 + b2)
    return E / E.sum(axis=1, keepdims=True)
