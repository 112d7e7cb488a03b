import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def train_classifier(
    X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, epochs: int, seed: int
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    """Softmax regression trained by full-batch gradient descent on the cross-entropy.

    Returns (weight (n_classes, d), bias (n_classes,), the loss before each step).
    The printed loss does not go down. Find out why and fix it.
    """
    X = torch.as_tensor(X, dtype=torch.float32)
    y = torch.as_tensor(y)
    model = nn.Linear(X.shape[1], n_classes)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)

    torch.manual_seed(seed)  # reproducible initial weights
    model = nn.Linear(X.shape[1], n_classes)

    losses = []
    for epoch in range(epochs):
        logits = model(X)
        probs = torch.softmax(logits, dim=1)
        loss = F.cross_entropy(probs, y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        # if epoch % 10 == 0:
        #     print(epoch, loss.item())
    return model.weight.detach(), model.bias.detach(), losses
