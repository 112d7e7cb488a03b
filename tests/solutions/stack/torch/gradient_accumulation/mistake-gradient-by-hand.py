# expect: asks you to use backward\(\), torch\.autograd or torch\.func
# The cross-entropy gradient derived by hand in NumPy: the numbers are right, but the
# exercise is about letting backward() accumulate the gradients.
import numpy as np
import torch

IGNORE = -100


class GradAccumulator:
    def __init__(self, weights):
        self.W = np.array(weights["weight"], dtype=np.float64)
        self.b = np.array(weights["bias"], dtype=np.float64)
        self.reset()

    def add(self, X, y):
        keep = y != IGNORE
        X = np.asarray(X, dtype=np.float64)[keep]
        y = y[keep]
        if len(y) == 0:
            return
        z = X @ self.W.T + self.b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        p = np.exp(logp)
        p[np.arange(len(y)), y] -= 1
        self.gW += p.T @ X
        self.gb += p.sum(0)
        self.total += -logp[np.arange(len(y)), y].sum()
        self.count += len(y)

    def gradients(self):
        c = max(self.count, 1)
        return {
            "weight": torch.tensor(self.gW / c, dtype=torch.float32),
            "bias": torch.tensor(self.gb / c, dtype=torch.float32),
        }

    def loss(self):
        return float(self.total / self.count) if self.count else 0.0

    def reset(self):
        self.gW = np.zeros_like(self.W)
        self.gb = np.zeros_like(self.b)
        self.total = 0.0
        self.count = 0
