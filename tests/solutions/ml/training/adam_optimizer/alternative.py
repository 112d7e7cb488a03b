import math
from dataclasses import dataclass, field

import numpy as np


@dataclass
class _Slot:
    t: int = 0
    m: np.ndarray | None = None
    v: np.ndarray | None = None


@dataclass
class Adam:
    # The bias corrections folded into a step size, as PyTorch writes it.
    lr: float = 0.001
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    slots: dict = field(default_factory=dict)

    def step(self, params, grads):
        result = {}
        for name in params:
            g = grads[name]
            slot = self.slots.setdefault(name, _Slot(m=np.zeros_like(g), v=np.zeros_like(g)))
            slot.t += 1
            slot.m = slot.m * self.beta1 + g * (1 - self.beta1)
            slot.v = slot.v * self.beta2 + g * g * (1 - self.beta2)
            step_size = self.lr / (1 - self.beta1**slot.t)
            denom = np.sqrt(slot.v) / math.sqrt(1 - self.beta2**slot.t) + self.eps
            result[name] = params[name] - step_size * slot.m / denom
        return result

    def set_lr(self, lr):
        self.lr = lr

    def steps(self, name):
        return self.slots[name].t if name in self.slots else 0
