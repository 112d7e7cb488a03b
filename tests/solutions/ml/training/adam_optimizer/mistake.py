# expect: no bias correction
import numpy as np


class Adam:
    # Forgets the bias correction: the first steps are about 3 times too large.
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.state = {}

    def step(self, params, grads):
        out = {}
        for name, p in params.items():
            g = grads[name]
            t, m, v = self.state.get(name, (0, np.zeros_like(g), np.zeros_like(g)))
            m = self.beta1 * m + (1 - self.beta1) * g
            v = self.beta2 * v + (1 - self.beta2) * g**2
            self.state[name] = (t + 1, m, v)
            out[name] = p - self.lr * m / (np.sqrt(v) + self.eps)
        return out

    def set_lr(self, lr):
        self.lr = lr

    def steps(self, name):
        return self.state[name][0] if name in self.state else 0
