# expect: a nan loss leaves the count of epochs without improvement as it was, not back at 0
# Wrong: a nan loss resets the count to 0, so a run that had already waited some epochs
# without improvement gets a fresh patience after it diverges. The checks once let it
# through: in every nan case the count was 0 when the nan came.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0

    def step(self, val_loss):
        self.epoch += 1
        if math.isnan(val_loss):
            self.waited = 0  # reset on divergence
            return True
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss, self.waited = self.epoch, val_loss, 0
        else:
            self.waited += 1
        return self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
