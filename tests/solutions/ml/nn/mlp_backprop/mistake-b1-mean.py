# expect: dZ1\.mean\(axis=0\), n times too small
# Wrong: grads["b1"] averages dZ1 over the rows, though dS already holds the 1/n.
import numpy as np
from scipy.special import logsumexp, softmax
def mlp_loss_and_grads(params, X, y):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    n = X.shape[0]
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0)
    S = H @ W2 + b2
    logp = S - logsumexp(S, axis=1, keepdims=True)
    loss = -logp[np.arange(n), y].mean()
    G = np.exp(logp)
    G[np.arange(n), y] -= 1
    G /= n
    dW2 = H.T @ G; db2 = G.sum(0)
    dH = G @ W2.T
    dZ1 = dH * (Z1 > 0)
    return float(loss), {"W1": X.T @ dZ1, "b1": dZ1.mean(0), "W2": dW2, "b2": db2}
