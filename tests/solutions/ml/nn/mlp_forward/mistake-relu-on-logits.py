# expect: a ReLU was applied to the logits too
# Wrong: the ReLU is applied to the output logits as well as the hidden layer.
import numpy as np
def mlp_forward(X, W1, b1, W2, b2):
    H = np.maximum(X @ W1 + b1, 0)
    Z = np.maximum(H @ W2 + b2, 0)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
