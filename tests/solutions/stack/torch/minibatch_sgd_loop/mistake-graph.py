# expect: still records its autograd graph.*\.detach\(\)
"""The five lines of every PyTorch training step, in this order: `zero_grad()`
(gradients accumulate by default), forward, loss, `backward()`, `step()`. Two
shape and bookkeeping details decide whether the numbers are right. `model(xb)`
has shape `(batch, 1)`; comparing it with targets of shape `(batch,)` makes
`MSELoss` broadcast to a `(batch, batch)` matrix of every prediction against every
target (PyTorch only warns), so the predictions are flattened first. And the epoch
loss is the mean over **examples**: each batch's mean loss is weighted by its
size, because the last batch is usually smaller.

Common wrong approaches: forgetting `zero_grad()` (each step then uses the sum of
all gradients so far, like a runaway momentum); re-creating the DataLoader or its
generator every epoch (every epoch then sees the same order); and averaging the
batch losses directly, which over-weights the short last batch.
"""

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def train_linear(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> tuple[torch.Tensor, float, list[float]]:
    X, y = torch.as_tensor(X), torch.as_tensor(y)
    model = nn.Linear(X.shape[1], 1)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    loader = DataLoader(TensorDataset(X, y), batch_size=batch_size, shuffle=True,
                        generator=torch.Generator().manual_seed(seed))
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    epoch_losses = []
    for _ in range(epochs):
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb).squeeze(1), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        epoch_losses.append(total / len(X))
    return model.weight.reshape(-1), model.bias.item(), epoch_losses
