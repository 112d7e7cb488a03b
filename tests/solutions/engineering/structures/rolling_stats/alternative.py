from collections import deque


class RollingStats:
    """O(1) queries: a running sum, and a monotonic deque of (position, value)
    candidates for the max, largest first."""

    def __init__(self, window):
        self.window = window
        self.values = deque()
        self.total = 0.0
        self.candidates = deque()
        self.pushed = 0

    def push(self, x):
        self.values.append(x)
        self.total += x
        if len(self.values) > self.window:
            self.total -= self.values.popleft()
        if self.pushed % 64 == 63:  # re-sum now and then: a running total drifts
            self.total = sum(self.values)
        while self.candidates and self.candidates[-1][1] <= x:
            self.candidates.pop()
        self.candidates.append((self.pushed, x))
        self.pushed += 1
        if self.candidates[0][0] <= self.pushed - 1 - self.window:
            self.candidates.popleft()

    def mean(self):
        if not self.values:
            return None
        return self.total / len(self.values)

    def max(self):
        return self.candidates[0][1] if self.candidates else None
