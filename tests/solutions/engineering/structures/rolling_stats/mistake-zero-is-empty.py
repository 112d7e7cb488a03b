# expect: statistic is 0\.0 here, but the window is not empty
# Emptiness read from the statistic's truthiness: a window whose sum is 0.0 answers None.
from collections import deque
class RollingStats:
    def __init__(self, window):
        self.values = deque(maxlen=window)
        self.total = 0.0
    def push(self, x):
        if len(self.values) == self.values.maxlen:
            self.total -= self.values[0]
        self.values.append(x)
        self.total = sum(self.values)
    def mean(self):
        return (self.total / len(self.values)) if self.total else None
    def max(self):
        return (max(self.values) if self.values else None) or None
