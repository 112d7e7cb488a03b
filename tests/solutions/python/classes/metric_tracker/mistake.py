# expect: plain average of the batch means
class MetricTracker:
    """Averages the batch means with equal weight: a batch of 2 counts like one of 64."""

    def __init__(self):
        self.values = {}
        self.counts = {}

    def update(self, name, value, n=1):
        if n < 1:
            raise ValueError("n < 1")
        self.values.setdefault(name, []).append(value)
        self.counts[name] = self.counts.get(name, 0) + n

    def mean(self, name):
        if name not in self.values:
            return None
        return sum(self.values[name]) / len(self.values[name])

    def count(self, name):
        return self.counts.get(name, 0)

    def reset(self):
        self.values.clear()
        self.counts.clear()

    def summary(self):
        return {name: self.mean(name) for name in self.values}
