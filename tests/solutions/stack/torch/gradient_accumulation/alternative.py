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
        target = torch.as_tensor(y)
        counted = target != IGNORE
        log_p = F.log_softmax(self.model(torch.as_tensor(X, dtype=torch.float32)), dim=1)
        # The summed negative log-likelihood of the counted rows only: an all-padding
        # micro-batch adds exactly 0.
        picked = log_p[counted].gather(1, target[counted].unsqueeze(1))
        summed = -picked.sum()
        summed.backward()
        self.summed_loss += summed.detach().double()
        self.counted += int(counted.sum())

    def gradients(self):
        out = {}
        for name, p in self.model.named_parameters():
            grad = p.grad if p.grad is not None else torch.zeros_like(p)
            out[name] = grad / self.counted if self.counted else torch.zeros_like(p)
        return out

    def loss(self):
        return float(self.summed_loss / self.counted) if self.counted else 0.0

    def reset(self):
        self.model.zero_grad(set_to_none=True)
        self.summed_loss = torch.zeros((), dtype=torch.float64)
        self.counted = 0
