# expect: every call to step is an epoch, a nan one too
# Counts the epoch only after the nan check, so every epoch after a nan is numbered
# one too low in best().
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self._epoch = 0
        self._best = (0, math.inf)
        self._bad = 0

    def step(self, val_loss):
        v = float(val_loss)
        if math.isnan(v):
            return True
        self._epoch += 1
        if v < self._best[1] - self.min_delta:
            self._best = (self._epoch, v)
            self._bad = 0
        else:
            self._bad += 1
        return self._bad >= self.patience

    def best(self):
        return self._best
