# expect: calls after a True keep following the same rules
# Wrong: once a nan is seen the stopper returns True forever.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0
        self.diverged = False

    def step(self, val_loss):
        self.epoch += 1
        if math.isnan(val_loss):
            self.diverged = True
            return True
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss, self.waited = self.epoch, float(val_loss), 0
        else:
            self.waited += 1
        return self.diverged or self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
