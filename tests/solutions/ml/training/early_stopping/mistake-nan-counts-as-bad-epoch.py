# expect: not an epoch without improvement: it leaves the count
# Wrong: a nan loss also adds one to the count of epochs without improvement
# (the README: nan returns True and leaves the best unchanged; only finite or
# infinite non-improving losses count).
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.epoch, self.best_epoch, self.best_loss, self.waited = 0, 0, math.inf, 0

    def step(self, val_loss):
        self.epoch += 1
        if val_loss < self.best_loss - self.min_delta:
            self.best_epoch, self.best_loss, self.waited = self.epoch, float(val_loss), 0
        else:
            self.waited += 1
        return math.isnan(val_loss) or self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
