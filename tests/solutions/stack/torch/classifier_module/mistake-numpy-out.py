# expect: expected a torch.Tensor, got a NumPy array
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
        return torch.softmax(logits, dim=1).numpy()

    def predict(self, x: np.ndarray) -> torch.Tensor:
        return self.predict_proba(x).argmax(axis=1)

    def n_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters() if p.requires_grad)
