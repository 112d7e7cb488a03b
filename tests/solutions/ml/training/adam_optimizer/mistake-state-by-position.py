# expect: look up each parameter's gradient and state by its name
# Wrong: the state is kept per position in the dict (a list), not per name.
import numpy as np


class Adam:
    """State kept per position in the dict, like a list of parameters."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m, self.v, self.t, self.names = [], [], [], []

    def step(self, params, grads):
        out = {}
        for i, (name, p) in enumerate(params.items()):
            g = grads[name]
            if i == len(self.m):
                self.m.append(np.zeros_like(g))
                self.v.append(np.zeros_like(g))
                self.t.append(0)
                self.names.append(name)
            self.t[i] += 1
            self.m[i] = self.beta1 * self.m[i] + (1 - self.beta1) * g
            self.v[i] = self.beta2 * self.v[i] + (1 - self.beta2) * g**2
            m_hat = self.m[i] / (1 - self.beta1 ** self.t[i])
            v_hat = self.v[i] / (1 - self.beta2 ** self.t[i])
            out[name] = p - self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
        return out

    def set_lr(self, lr):
        self.lr = lr

    def steps(self, name):
        return self.t[self.names.index(name)] if name in self.names else 0
