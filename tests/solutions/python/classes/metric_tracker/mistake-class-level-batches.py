# expect: ^a fresh tracker starts empty \(validation\): [^\n]*reports a metric it was never given, left there by another tracker: state kept on the class is shared[^\n]*not as class attributes
# Keeps every batch in one list made once on the class, which every tracker shares. The
# first failing case used to blame the weighting of the batches (the shared batches of an
# earlier tracker skewed a mean), and the shared state was named only cases later.
class MetricTracker:
    batches = []  # noqa: RUF012  (name, value, n) for every update, on the class

    def update(self, name, value, n=1):
        if n < 1:
            raise ValueError("n must be at least 1")
        self.batches.append((name, value, n))

    def mean(self, name):
        seen = [(v, n) for m, v, n in self.batches if m == name]
        if not seen:
            return None
        return sum(v * n for v, n in seen) / sum(n for _, n in seen)

    def count(self, name):
        return sum(n for m, _, n in self.batches if m == name)

    def reset(self):
        self.batches.clear()

    def summary(self):
        names = list(dict.fromkeys(m for m, _, _ in self.batches))
        return {m: self.mean(m) for m in names}
