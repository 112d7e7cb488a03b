# expect: not with the previous epoch
import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.epoch = 0
        self.best_epoch, self.best_loss = 0, math.inf
        self.previous = math.inf
        self.waited = 0

    def step(self, val_loss):
        self.epoch += 1
        if math.isnan(val_loss):
            return True
        if val_loss < self.previous - self.min_delta:  # better than the last epoch
            self.waited = 0
            if val_loss < self.best_loss:
                self.best_epoch, self.best_loss = self.epoch, val_loss
        else:
            self.waited += 1
        self.previous = val_loss
        return self.waited >= self.patience

    def best(self):
        return self.best_epoch, self.best_loss
