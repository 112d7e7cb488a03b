# expect: leaky ReLU
# Wrong: a leaky ReLU (0.01 slope for negatives) instead of max(0, .).
import numpy as np
def mlp_forward(X, W1, b1, W2, b2):
    A = X @ W1 + b1
    H = np.where(A > 0, A, 0.01 * A)
    Z = H @ W2 + b2
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
