import numpy as np


def mlp_loss_and_grads(params, X, y):
    n = X.shape[0]
    C = params["b2"].shape[0]
    onehot = np.zeros((n, C))
    onehot[np.arange(n), y] = 1.0
    pre = np.einsum("nd,dh->nh", X, params["W1"]) + params["b1"]
    active = np.heaviside(pre, 0.0)  # the ReLU's derivative, 0 at exactly 0
    hidden = pre * active
    logits = np.einsum("nh,hc->nc", hidden, params["W2"]) + params["b2"]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_norm
    loss = -(onehot * log_probs).sum() / n
    # Backward, layer by layer; the 1/n of the mean is applied once, at the logits.
    g_logits = (np.exp(log_probs) - onehot) / n
    g_pre = np.einsum("nc,hc->nh", g_logits, params["W2"]) * active
    grads = {
        "W2": np.einsum("nh,nc->hc", hidden, g_logits),
        "b2": g_logits.sum(axis=0),
        "W1": np.einsum("nd,nh->dh", X, g_pre),
        "b1": g_pre.sum(axis=0),
    }
    return float(loss), grads
