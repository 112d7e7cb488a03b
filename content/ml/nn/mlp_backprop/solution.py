r"""The forward pass keeps what the backward pass needs: the pre-activations `Z1` (for
the ReLU mask) and the hidden activations `H` (the input of the second layer). The
log-softmax is computed as `S - logsumexp(S)`, which never overflows, and the same
array gives the loss and, exponentiated, the probabilities. Backward, the gradient
with respect to the logits is $(P - Y)/n$, the mean already folded in, so no later
step divides by n again. Each linear layer sends $B^\top G$ to its weights, the column
sums of G to its bias, and $G W^\top$ to its input; the ReLU passes the gradient only
where $Z_1 > 0$.

Common wrong approaches: masking with `Z1 >= 0` (a unit sitting exactly at 0 then gets
a gradient that PyTorch would not give it), or with `H > 0` computed after an in-place
ReLU on the wrong array; forgetting the $1/n$ or applying it twice; `W2 @ G` where
`G @ W2.T` is meant (it only runs when the shapes happen to agree); and a softmax
computed as `np.exp(S) / np.exp(S).sum()`, which is `inf / inf = nan` for logits
around 1000. Check any hand-written backward pass against finite differences before
trusting it.
"""

import numpy as np
from scipy.special import logsumexp


def mlp_loss_and_grads(
    params: dict[str, np.ndarray], X: np.ndarray, y: np.ndarray
) -> tuple[float, dict[str, np.ndarray]]:
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = len(X)
    Z1 = X @ W1 + b1
    H = np.maximum(Z1, 0.0)
    S = H @ W2 + b2
    log_p = S - logsumexp(S, axis=1, keepdims=True)
    rows = np.arange(n)
    loss = -log_p[rows, y].mean()

    dS = np.exp(log_p)
    dS[rows, y] -= 1.0
    dS /= n
    dH = dS @ W2.T
    dZ1 = dH * (Z1 > 0)
    grads = {"W1": X.T @ dZ1, "b1": dZ1.sum(axis=0), "W2": H.T @ dS, "b2": dS.sum(axis=0)}
    return float(loss), grads
