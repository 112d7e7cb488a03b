import numpy as np
import torch


def input_gradients(
    W1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: float, X: np.ndarray
) -> torch.Tensor:
    """Gradient of f(x) = w2 . tanh(W1 x + b1) + b2 with respect to each row x of X: (n, d).

    Use one autograd pass for the whole batch.
    """
    W1, b1, w2 = torch.as_tensor(W1), torch.as_tensor(b1), torch.as_tensor(w2)
    # TODO: make an input tensor that records gradients, compute the n scores,
    # reduce them to one scalar whose gradient is each example's own gradient,
    # and backpropagate.
    raise NotImplementedError("input_gradients is not written yet")
