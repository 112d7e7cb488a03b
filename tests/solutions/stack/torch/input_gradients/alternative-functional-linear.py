import torch


def input_gradients(W1, b1, w2, b2, X):
    W1, b1, w2 = torch.as_tensor(W1), torch.as_tensor(b1), torch.as_tensor(w2)
    x = torch.from_numpy(X.copy()).requires_grad_()
    scores = torch.nn.functional.linear(torch.tanh(torch.nn.functional.linear(x, W1, b1)), w2) + b2
    scores.sum().backward()
    return x.grad.detach()
