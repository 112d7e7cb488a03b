# expect: ^(?!.*compare with <, not <=).*the best moves only on an improvement
# Wrong: the count follows the rule, but the best follows every lower loss, a gain smaller
# than min_delta too. It compares with <, yet on "a gain of exactly min_delta" it was told
# to compare with <, not <=.
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0

    def step(self, val_loss):
        self.epoch += 1
        if math.isnan(val_loss):
            return True
        if val_loss < self.best_loss - self.min_delta:
            self.waited = 0
        else:
            self.waited += 1
        if val_loss < self.best_loss:  # track the lowest loss seen, always
            self.best_loss, self.best_epoch = val_loss, self.epoch
        return self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
