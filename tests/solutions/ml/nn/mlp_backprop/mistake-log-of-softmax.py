# expect: log\(0\) is -inf.*never the log of a softmax
# Wrong: log of a max-shifted softmax: the true class's probability can underflow to 0
# (loss inf) when logits are far apart.
import numpy as np


def mlp_loss_and_grads(params, X, y):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = len(X)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    E = np.exp(S - S.max(1, keepdims=True))
    P = E / E.sum(1, keepdims=True)
    loss = float(-np.log(P[np.arange(n), y]).mean())
    dS = P.copy(); dS[np.arange(n), y] -= 1; dS /= n
    dZ1 = dS @ W2.T * (Z1 > 0)
    return loss, {"W1": X.T @ dZ1, "b1": dZ1.sum(0), "W2": H.T @ dS, "b2": dS.sum(0)}
