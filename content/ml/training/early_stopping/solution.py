"""The state is four numbers: epochs seen, the best loss and its epoch, and the epochs
since the last improvement. Comparing against the best (not against the previous
epoch) is what makes patience robust to a noisy curve: a bounce up and back down is
still "no better than the best". `min_delta` is subtracted from the best, so a run of
tiny gains, each below it, counts as a plateau, and the best only moves on a real
improvement. `nan` needs its own branch because every comparison with it is False:
without it, a diverged run would wait `patience` more epochs and then report the last
finite best as if nothing had happened.

Common wrong approaches: comparing with the previous epoch's loss (a slow upward drift
with one small dip in it never stops); `<=` instead of `<` (a flat plateau counts as
improving forever); and stopping when the count exceeds the patience instead of
reaching it (one epoch too late).
"""

import math


class EarlyStopping:
    def __init__(self, patience: int, min_delta: float = 0.0) -> None:
        self.patience = patience
        self.min_delta = min_delta
        self.epoch = 0
        self.best_epoch = 0
        self.best_loss = math.inf
        self.waited = 0

    def step(self, val_loss: float) -> bool:
        self.epoch += 1
        if math.isnan(val_loss):
            return True
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss = self.epoch, float(val_loss)
            self.waited = 0
        else:
            self.waited += 1
        return self.waited >= self.patience

    def best(self) -> tuple[int, float]:
        return self.best_epoch, self.best_loss
