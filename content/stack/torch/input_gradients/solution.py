"""Example i's score depends only on row i of X, so the gradient of the **sum** of
the scores with respect to X has, in row i, exactly the gradient of score i: the
other terms contribute zero. One backward pass through the scores, weighted by a
vector of ones (`grad_outputs`, the same thing as `scores.sum()`), gives all n
gradients at once. `torch.tensor(X, requires_grad=True)` makes a fresh leaf tensor,
a copy, so the caller's array is never tied to the graph. The bias `b2` moves every
score by the same amount and changes no gradient, so it is left out.

The usual slips: `scores.mean().backward()`, which divides every gradient by n;
`scores.backward()` on the (n,) vector, which raises (it needs `gradient=` ones,
the same thing as the sum); and reading `.grad` of the weights instead of the
input. The sum trick needs examples that do not interact: a model in training
mode with BatchNorm mixes the batch, and then each row would also collect the
other examples' influence.
"""

import numpy as np
import torch


def input_gradients(
    W1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: float, X: np.ndarray
) -> torch.Tensor:
    W1, b1, w2 = torch.as_tensor(W1), torch.as_tensor(b1), torch.as_tensor(w2)
    x = torch.tensor(X, requires_grad=True)  # a copy: the caller's array stays out of the graph
    scores = torch.tanh(x @ W1.T + b1) @ w2  # + b2 would shift every score, not a gradient
    (grad,) = torch.autograd.grad(scores, x, grad_outputs=torch.ones(len(scores)))
    return grad
