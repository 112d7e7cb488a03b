# expect: times too small: the mean divides by n
import torch


def input_gradients(W1, b1, w2, b2, X):
    W1, b1, w2 = torch.as_tensor(W1), torch.as_tensor(b1), torch.as_tensor(w2)
    x = torch.as_tensor(X).clone().requires_grad_(True)
    scores = torch.tanh(x @ W1.T + b1) @ w2 + b2
    scores.mean().backward()
    return x.grad
