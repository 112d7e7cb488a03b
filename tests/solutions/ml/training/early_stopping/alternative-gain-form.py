# Correct: the same rule written as "the gain beats min_delta" (best - val > min_delta). The
# checks once failed it on 1.0 -> 0.99 with min_delta 0.01, a tie on paper that floating
# point rounds the other way in this form.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0

    def step(self, val_loss):
        self.epoch += 1
        if math.isnan(val_loss):
            return True
        if self.best_loss - val_loss > self.min_delta:  # the gain beats min_delta
            self.best_epoch, self.best_loss, self.waited = self.epoch, float(val_loss), 0
        else:
            self.waited += 1
        return self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
