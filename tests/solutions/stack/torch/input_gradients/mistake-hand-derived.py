# expect: written with backward.*asks you to use backward\(\), torch\.autograd or torch\.func
# The right gradient, derived by hand: it passes the cases and skips autograd.
import torch


def input_gradients(W1, b1, w2, b2, X):
    W1, b1, w2, X = (torch.as_tensor(a) for a in (W1, b1, w2, X))
    hidden = torch.tanh(X @ W1.T + b1)
    return ((1 - hidden**2) * w2) @ W1
