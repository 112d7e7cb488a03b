"""Three bugs, none of which raises an error:

1. The optimizer was built over the parameters of a model that was then thrown
   away: `model = nn.Linear(...)` after `SGD(model.parameters())` rebinds the name,
   but the optimizer still holds the old tensors. Every `step()` updates a model
   nobody uses, so the loss stays exactly flat. Build the model first (after
   seeding), then the optimizer over its parameters.
2. `F.cross_entropy` expects raw **logits**: it applies log-softmax itself. Feeding
   it probabilities applies softmax twice, squashing the inputs into [0, 1], so the
   gradients are tiny and the loss creeps down towards a floor far above zero.
3. Gradients accumulate across `backward()` calls until cleared; without
   `optimizer.zero_grad()` each step uses the sum of all gradients so far.

How to find bugs like these: check that one step changes the weights you are
evaluating (`model.weight` before and after), that the loss starts near
$\ln k$ for a fresh k-class model and can overfit a handful of examples, and read
the loss function's documentation for what its input must be.
"""

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def train_classifier(
    X: np.ndarray, y: np.ndarray, n_classes: int, lr: float, epochs: int, seed: int
) -> tuple[torch.Tensor, torch.Tensor, list[float]]:
    X = torch.as_tensor(X, dtype=torch.float32)
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
