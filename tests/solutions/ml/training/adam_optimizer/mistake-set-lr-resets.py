# expect: set_lr (cleared the moments|only changes the learning rate)
# Wrong: set_lr also resets the moments and step counts; the message used to
# name no cause.
import numpy as np
class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, beta1, beta2, eps
        self.m, self.v, self.t = {}, {}, {}
    def step(self, params, grads):
        out = {}
        for k, p in params.items():
            g = grads[k]
            if k not in self.m:
                self.m[k] = np.zeros_like(g); self.v[k] = np.zeros_like(g); self.t[k] = 0
            self.t[k] += 1; t = self.t[k]
            self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * g
            self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * g ** 2
            out[k] = p - self.lr * (self.m[k] / (1 - self.b1 ** t)) / (np.sqrt(self.v[k] / (1 - self.b2 ** t)) + self.eps)
        return out
    def set_lr(self, lr):
        self.lr = lr; self.m, self.v, self.t = {}, {}, {}
    def steps(self, name): return self.t.get(name, 0)
