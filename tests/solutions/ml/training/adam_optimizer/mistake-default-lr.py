# expect: built as Adam\(\) with no arguments: check the defaults
# Wrong: the default learning rate is 0.01 (the SGD habit), not the stated 0.001.
import numpy as np


class Adam:
    def __init__(
        self, lr: float = 0.01, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
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

