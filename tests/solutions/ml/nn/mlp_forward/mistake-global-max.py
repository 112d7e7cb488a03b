# expect: the shift used the largest logit of the whole matrix
# Wrong: subtracts the largest logit of the whole matrix, not of each row.
import numpy as np


def mlp_forward(X, W1, b1, W2, b2):
    Z = np.maximum(0.0, X @ W1 + b1) @ W2 + b2
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=1, keepdims=True)
