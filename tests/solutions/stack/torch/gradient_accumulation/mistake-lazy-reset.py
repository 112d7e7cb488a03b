# expect: nothing was added since the last reset: return zeros\. reset\(\) must zero every p\.grad itself
# reset() clears the loss and count but leaves zeroing the gradients to the next add: asked
# right after reset(), gradients() still answers with the old window.
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
        self.total, self.count, self.fresh = 0.0, 0, True

    def add(self, X, y):
        if self.fresh:  # zero the gradients lazily, on the first add of a window
            self.model.zero_grad(set_to_none=False)
            self.fresh = False
        logits = self.model(torch.as_tensor(X, dtype=torch.float32))
        target = torch.as_tensor(y)
        loss = F.cross_entropy(logits, target, ignore_index=IGNORE, reduction="sum")
        loss.backward()
        self.total += loss.item()
        self.count += int((target != IGNORE).sum())

    def gradients(self):
        scale = 1.0 / max(self.count, 1)
        return {name: (torch.zeros_like(p) if p.grad is None else p.grad * scale)
                for name, p in self.model.named_parameters()}

    def loss(self):
        return self.total / max(self.count, 1)

    def reset(self):
        self.total, self.count, self.fresh = 0.0, 0, True
