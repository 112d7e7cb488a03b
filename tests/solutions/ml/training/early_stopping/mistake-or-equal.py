# expect: a loss of exactly best_loss - min_delta is not an improvement: compare with <, not <=
# Improves on v <= best - min_delta: an equal loss (a flat plateau, an inf after inf)
# moves the best to a later epoch.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self._epoch = 0
        self._best = (0, math.inf)
        self._bad = 0

    def step(self, val_loss):
        self._epoch += 1
        v = float(val_loss)
        if math.isnan(v):
            return True
        if v <= self._best[1] - self.min_delta:
            self._best = (self._epoch, v)
            self._bad = 0
        else:
            self._bad += 1
        return self._bad >= self.patience

    def best(self):
        return self._best
