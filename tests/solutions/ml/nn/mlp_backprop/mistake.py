# expect: n times too large
import numpy as np
from scipy.special import logsumexp


def mlp_loss_and_grads(params, X, y):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = len(X)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    log_p = S - logsumexp(S, axis=1, keepdims=True)
    rows = np.arange(n)
    loss = -log_p[rows, y].mean()
    dS = np.exp(log_p)
    dS[rows, y] -= 1.0  # the gradient of each row's loss, not yet of their mean
    dH = dS @ W2.T
    dZ1 = dH * (Z1 > 0)
    return float(loss), {
        "W1": X.T @ dZ1,
        "b1": dZ1.sum(axis=0),
        "W2": H.T @ dS,
        "b2": dS.sum(axis=0),
    }
