import math


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.seen = 0
        self.record = (0, math.inf)  # (best epoch, best loss)
        self.since_best = []  # the losses after the best that did not improve on it

    def step(self, val_loss):
        self.seen += 1
        if val_loss != val_loss:  # only nan differs from itself: diverged
            return True
        if val_loss < self.record[1] - self.min_delta:
            self.record = (self.seen, float(val_loss))
            self.since_best = []
        else:
            self.since_best.append(val_loss)
        return len(self.since_best) >= self.patience

    def best(self):
        return self.record
