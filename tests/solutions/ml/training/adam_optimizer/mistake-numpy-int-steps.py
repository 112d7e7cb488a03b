# expect: steps\('\w+'\) was wrong: expected the Python int \d+, got NumPy's int64 np\.int64\(\d+\): convert it with int\(\.\.\.\) or \.item\(\), after
# Counts right, kept in a NumPy array: steps() returns np.int64, and the type
# message alone says so, with no guess at a wrong count after it.
import numpy as np
class Adam:
    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, beta1, beta2, eps
        self.names, self.t, self.m, self.v = [], np.zeros(0, dtype=np.int64), {}, {}
    def step(self, params, grads):
        out = {}
        for k in params:
            g = grads[k]
            if k not in self.names:
                self.names.append(k); self.t = np.append(self.t, 0)
                self.m[k] = np.zeros_like(g); self.v[k] = np.zeros_like(g)
            i = self.names.index(k); self.t[i] += 1; t = self.t[i]
            self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * g
            self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * g ** 2
            out[k] = params[k] - self.lr * (self.m[k] / (1 - self.b1 ** t)) / (np.sqrt(self.v[k] / (1 - self.b2 ** t)) + self.eps)
        return out
    def set_lr(self, lr): self.lr = lr
    def steps(self, name):
        return self.t[self.names.index(name)] if name in self.names else 0
