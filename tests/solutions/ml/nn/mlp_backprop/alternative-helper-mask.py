from __future__ import annotations
import numpy as np
def _log_softmax(S: np.ndarray) -> np.ndarray:
    m = S.max(axis=1, keepdims=True)
    return S - m - np.log(np.sum(np.exp(S - m), axis=1, keepdims=True))
def mlp_loss_and_grads(params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    n = X.shape[0]
    Z1 = X @ W1 + b1
    mask = (Z1 > 0).astype(np.float64)
    H = Z1 * mask
    lp = _log_softmax(H @ W2 + b2)
    Y = np.eye(W2.shape[1])[y]
    loss = -float(np.sum(Y * lp)) / n
    G = (np.exp(lp) - Y) / n
    G1 = (G @ W2.T) * mask
    return loss, {"b2": G.sum(0), "W2": H.T @ G, "b1": G1.sum(0), "W1": X.T @ G1}
