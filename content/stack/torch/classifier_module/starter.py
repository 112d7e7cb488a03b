import numpy as np
import torch
from torch import nn


class Classifier(nn.Module):
    """fc1 -> ReLU -> Dropout -> fc2, with helpers to load NumPy weights and predict."""

    def __init__(self, in_features: int, hidden: int, n_classes: int, dropout: float) -> None:
        super().__init__()
        # TODO: create the layers as attributes named fc1 and fc2 (plus ReLU and Dropout).

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of shape (n, n_classes)."""
        raise NotImplementedError

    def load_numpy(self, weights: dict[str, np.ndarray]) -> None:
        """Copy the arrays into the parameters of the same name; fail on a missing key."""
        raise NotImplementedError

    def predict_proba(self, x: np.ndarray) -> torch.Tensor:
        """Class probabilities (n, n_classes), float32, with dropout off and no gradients."""
        raise NotImplementedError

    def predict(self, x: np.ndarray) -> torch.Tensor:
        """The most probable class of each row, int64 (n,)."""
        raise NotImplementedError

    def n_parameters(self) -> int:
        """The number of trainable parameters."""
        raise NotImplementedError
