# expect: changed its input in place
# Updates the caller's arrays in place (p -= ...) and returns the input dict, which the
# README forbids ("Return a new dict ... do not modify the inputs").
import numpy as np


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.state = {}

    def step(self, params, grads):
        for name, p in params.items():
            g = grads[name]
            s = self.state.setdefault(name, [0, np.zeros_like(g), np.zeros_like(g)])
            s[0] += 1
            t = s[0]
            s[1] = self.beta1 * s[1] + (1 - self.beta1) * g
            s[2] = self.beta2 * s[2] + (1 - self.beta2) * g**2
            m_hat = s[1] / (1 - self.beta1**t)
            v_hat = s[2] / (1 - self.beta2**t)
            p -= self.lr * m_hat / (np.sqrt(v_hat) + self.eps)
        return params

    def set_lr(self, lr):
        self.lr = lr

    def steps(self, name):
        return self.state[name][0] if name in self.state else 0
