# expect: saturated units \(large inputs\): the tensor returned still records its autograd graph
# create_graph=True keeps the gradient's own graph: the values are right, but the tensor
# returned carries a grad_fn, which the statement rules out (the hidden case says so too).
import torch


def input_gradients(W1, b1, w2, b2, X):
    W1, b1, w2 = map(torch.as_tensor, (W1, b1, w2))
    x = torch.as_tensor(X).clone().requires_grad_(True)
    scores = torch.tanh(x @ W1.T + b1) @ w2 + b2
    (g,) = torch.autograd.grad(scores.sum(), x, create_graph=True)
    return g
