import torch
from torch.func import grad, vmap


def input_gradients(W1, b1, w2, b2, X):
    W1, b1, w2 = (torch.as_tensor(a) for a in (W1, b1, w2))

    def score(x):  # one example, shape (d,)
        return torch.tanh(W1 @ x + b1) @ w2 + b2

    return vmap(grad(score))(torch.as_tensor(X))
