# expect: overflows to inf, and inf / inf is nan
# Wrong: textbook softmax np.exp(S) / np.exp(S).sum() with no shift (README warns).
import numpy as np


def mlp_loss_and_grads(params, X, y):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = len(X)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    P = np.exp(S) / np.exp(S).sum(1, keepdims=True)
    loss = float(-np.log(P[np.arange(n), y]).mean())
    dS = P.copy(); dS[np.arange(n), y] -= 1; dS /= n
    dZ1 = dS @ W2.T * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ dS, "b2": dS.sum(0)}
