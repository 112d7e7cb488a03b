# expect: float64 X.*mat1 and mat2 must have the same dtype
# All three bugs fixed, but the float32 conversion of X dropped: float64 data meets float32 weights.
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def train_classifier(
    X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, epochs: int, seed: int
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    X = torch.as_tensor(X)
    y = torch.as_tensor(y)
    torch.manual_seed(seed)  # reproducible initial weights
    model = nn.Linear(X.shape[1], n_classes)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)

    losses = []
    for _ in range(epochs):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(X), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return model.weight.detach(), model.bias.detach(), losses
