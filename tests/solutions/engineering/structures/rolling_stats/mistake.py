# expect: still counts a value that should have left the window
from collections import deque


class RollingStats:
    def __init__(self, window):
        self.values = deque(maxlen=window)
        self.best = None

    def push(self, x):
        self.values.append(x)
        if self.best is None or x > self.best:
            self.best = x  # never forgets a maximum that has left the window

    def mean(self):
        if not self.values:
            return None
        return sum(self.values) / len(self.values)

    def max(self):
        return self.best
