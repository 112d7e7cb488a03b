"""The state is a dict from name to `[t, m, v]`, created on a name's first step, so a
parameter added later starts its own count at 1 and gets its own bias correction: its
first step is as well-scaled as everyone else's was. The moments are running
exponential averages of the gradient and of its square; dividing by $1 - \\beta^t$
undoes their pull towards the zeros they start from, which otherwise dominates the
first hundreds of steps for $\\beta_2 = 0.999$. New arrays are returned (`p - ...`
builds one), so a caller holding the old parameters keeps them.

Common wrong approaches: one global step count for all parameters (a layer added at
step 1,000 then gets almost no bias correction: its first moment estimate is a tenth
of the gradient); no bias correction at all; $\\varepsilon$ inside the square root; and
`p -= ...`, which changes the caller's arrays in place.
"""

import numpy as np


class Adam:
    def __init__(
        self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.state: dict[str, list] = {}

    def step(
        self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]
    ) -> dict[str, np.ndarray]:
        updated = {}
        for name, p in params.items():
            g = grads[name]
            state = self.state.setdefault(name, [0, np.zeros_like(g), np.zeros_like(g)])
            state[0] += 1
            t = state[0]
            state[1] = self.beta1 * state[1] + (1 - self.beta1) * g
            state[2] = self.beta2 * state[2] + (1 - self.beta2) * g**2
            m_hat = state[1] / (1 - self.beta1**t)
            v_hat = state[2] / (1 - self.beta2**t)
            updated[name] = p - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
        return updated

    def set_lr(self, lr: float) -> None:
        self.lr = lr

    def steps(self, name: str) -> int:
        return self.state[name][0] if name in self.state else 0
