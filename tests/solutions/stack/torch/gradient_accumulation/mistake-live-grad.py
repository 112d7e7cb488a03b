# expect: changed later, in another call.*snapshot
import numpy as np
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
        target = torch.as_tensor(y)
        new = int((target != IGNORE).sum())
        if new == 0:
            return None
        total = self.count + new
        with torch.no_grad():
            for p in self.model.parameters():
                p.grad.mul_(self.count / total)  # keep .grad the running mean
        loss = F.cross_entropy(logits, target, ignore_index=IGNORE, reduction="sum") / total
        loss.backward()
        self.total += loss.item() * total
        self.count = total

    def gradients(self):
        return {name: p.grad for name, p in self.model.named_parameters()}

    def loss(self):
        return self.total / max(self.count, 1)

    def reset(self):
        for p in self.model.parameters():
            p.grad = torch.zeros_like(p)
        self.total, self.count = 0.0, 0
