# expect: m and v are one array
import numpy as np


class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, beta1, beta2, eps
        self.s = {}

    def step(self, params, grads):
        out = {}
        for k, p in params.items():
            g = grads[k]
            if k not in self.s:
                z = np.zeros_like(g)
                self.s[k] = {"t": 0, "m": z, "v": z}
            s = self.s[k]
            s["t"] += 1
            s["m"] *= self.b1
            s["m"] += (1 - self.b1) * g
            s["v"] *= self.b2
            s["v"] += (1 - self.b2) * g**2
            mh = s["m"] / (1 - self.b1 ** s["t"])
            vh = s["v"] / (1 - self.b2 ** s["t"])
            out[k] = p - self.lr * mh / (np.sqrt(vh) + self.eps)
        return out

    def set_lr(self, lr):
        self.lr = lr

    def steps(self, name):
        return self.s[name]["t"] if name in self.s else 0
