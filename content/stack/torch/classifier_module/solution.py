"""Layers assigned as attributes are registered by `nn.Module` under those names, so
`state_dict()` keys are `fc1.weight`, `fc1.bias`, ...: `load_state_dict` with
`strict=True` (the default) then matches a checkpoint by name and raises on any
missing or unexpected key. `self.eval()` switches dropout off (in training mode it
zeroes units at random and scales the rest by 1 / (1 - p)), and `torch.no_grad()`
skips building a graph nobody will use. Inputs are converted to float32, the
weights' dtype; the softmax runs over `dim=1`, the classes.

The common wrong approaches: predicting in training mode, so the answer changes
from call to call; `softmax(dim=0)`, which normalises each class over the batch;
feeding float64 arrays to float32 layers (a dtype error); and counting parameters
with `len(list(self.parameters()))`, which counts tensors, not numbers. A real
service would also restore the previous mode after predicting, or keep a model
that is only ever used for inference in eval mode from the start.
"""

import numpy as np
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, in_features: int, hidden: int, n_classes: int, dropout: float) -> None:
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.drop(self.act(self.fc1(x))))

    def load_numpy(self, weights: dict[str, np.ndarray]) -> None:
        self.load_state_dict({name: torch.as_tensor(a) for name, a in weights.items()})

    def predict_proba(self, x: np.ndarray) -> torch.Tensor:
        self.eval()
        with torch.no_grad():
            logits = self(torch.as_tensor(x, dtype=torch.float32))
        return torch.softmax(logits, dim=1)

    def predict(self, x: np.ndarray) -> torch.Tensor:
        return self.predict_proba(x).argmax(dim=1)

    def n_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters() if p.requires_grad)
