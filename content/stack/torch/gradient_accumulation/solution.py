"""Accumulate the gradient of the **summed** loss and divide once, at the end, by
the number of targets that count. The gradient of a mean over N targets is
(1/N) times the gradient of their sum, and sums add up across micro-batches
exactly, whatever their sizes and however many targets each one ignores.
The logged loss works the same way: keep the running sum and divide by the
count when asked. `reduction="sum"` makes a micro-batch whose targets are all
ignored contribute exactly 0, where its mean loss is 0/0 = NaN and poisons the
running loss.

The common wrong approaches: adding up each micro-batch's *mean* loss (the result
is about as many times too large as there are micro-batches); dividing those means
by the number of micro-batches, which is right only when every micro-batch holds
the same number of counted targets; and scaling by rows instead of by counted
targets, which over-weights micro-batches full of padding. This last one was a
real bug in popular training libraries: with padded token sequences, gradient
accumulation silently gave a different loss from the big batch it was meant to
imitate.
"""

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

IGNORE = -100


class GradAccumulator:
    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        out_features, in_features = weights["weight"].shape
        self.model = nn.Linear(in_features, out_features)
        self.model.load_state_dict({k: torch.as_tensor(v) for k, v in weights.items()})
        self.reset()

    def add(self, X: np.ndarray, y: np.ndarray) -> None:
        logits = self.model(torch.as_tensor(X, dtype=torch.float32))
        target = torch.as_tensor(y)
        loss = F.cross_entropy(logits, target, ignore_index=IGNORE, reduction="sum")
        loss.backward()
        self.total += loss.item()
        self.count += int((target != IGNORE).sum())

    def gradients(self) -> dict[str, torch.Tensor]:
        scale = 1.0 / max(self.count, 1)
        return {name: p.grad * scale for name, p in self.model.named_parameters()}

    def loss(self) -> float:
        return self.total / max(self.count, 1)

    def reset(self) -> None:
        for p in self.model.parameters():
            p.grad = torch.zeros_like(p)
        self.total, self.count = 0.0, 0
