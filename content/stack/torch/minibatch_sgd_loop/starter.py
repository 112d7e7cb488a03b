import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train_linear(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> tuple[torch.Tensor, float, list[float]]:
    """Fit y ~ X w + b by mini-batch SGD on the mean squared error.

    Returns (weight of shape (d,), bias as a float, the training loss of each epoch).
    """
    X, y = torch.as_tensor(X), torch.as_tensor(y)
    model = nn.Linear(X.shape[1], 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    epoch_losses: list[float] = []
    # TODO: for each epoch, loop over the loader's batches and take one SGD step per
    # batch; record the epoch's mean loss over all examples.
    raise NotImplementedError("the training loop is not written yet")
