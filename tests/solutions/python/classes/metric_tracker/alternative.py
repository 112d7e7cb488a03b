import math


class MetricTracker:
    """Keeps every batch and sums on demand, instead of running totals."""

    def __init__(self):
        self.batches = {}

    def update(self, name, value, n=1):
        if int(n) <= 0:
            raise ValueError("n must be positive")
        self.batches.setdefault(name, []).append((float(value), int(n)))

    def mean(self, name):
        batches = self.batches.get(name)
        if not batches:
            return None
        total = math.fsum(value * n for value, n in batches)
        return total / sum(n for _, n in batches)

    def count(self, name):
        return sum(n for _, n in self.batches.get(name, []))

    def reset(self):
        self.batches = {}

    def summary(self):
        return {name: self.mean(name) for name in self.batches}
