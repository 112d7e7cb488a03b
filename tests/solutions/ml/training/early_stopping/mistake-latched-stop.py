# expect: ^(?!.*not with the previous epoch).*keep following the same rules: do not latch the stop
# Wrong: once the count reaches the patience, every later call returns True, even after
# an epoch that improves on the best. It was told to compare with the best, not with the
# previous epoch, which it already does.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0
        self.stopped = False

    def step(self, val_loss):
        self.epoch += 1
        if self.stopped:
            return True  # once stopped, stay stopped
        if math.isnan(val_loss):
            return True
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss, self.waited = self.epoch, val_loss, 0
        else:
            self.waited += 1
        self.stopped = self.waited >= self.patience
        return self.stopped

    def best(self):
        return self.best_epoch, self.best_loss
