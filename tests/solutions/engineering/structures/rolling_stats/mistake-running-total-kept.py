# expect: the running total still holds the values that left the window
from collections import deque


class RollingStats:
    def __init__(self, window):
        self.values = deque(maxlen=window)
        self.total = 0.0

    def push(self, x):
        self.total += x  # the value the full deque drops is never subtracted
        self.values.append(x)

    def mean(self):
        return self.total / len(self.values) if self.values else None

    def max(self):
        return max(self.values) if self.values else None
