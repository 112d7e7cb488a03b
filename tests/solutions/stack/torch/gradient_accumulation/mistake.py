# expect: micro-batch means were averaged
import torch
import torch.nn.functional as F
from torch import nn

IGNORE = -100


class GradAccumulator:
    def __init__(self, weights):
        out_features, in_features = weights["weight"].shape
        self.model = nn.Linear(in_features, out_features)
        self.model.load_state_dict({k: torch.as_tensor(v) for k, v in weights.items()})
        self.reset()

    def add(self, X, y):
        logits = self.model(torch.as_tensor(X, dtype=torch.float32))
        loss = F.cross_entropy(logits, torch.as_tensor(y), ignore_index=IGNORE)
        loss.backward()
        self.losses.append(loss.item())

    def gradients(self):
        steps = max(len(self.losses), 1)
        return {name: p.grad / steps for name, p in self.model.named_parameters()}

    def loss(self):
        return sum(self.losses) / len(self.losses) if self.losses else 0.0

    def reset(self):
        for p in self.model.parameters():
            p.grad = torch.zeros_like(p)
        self.losses = []
