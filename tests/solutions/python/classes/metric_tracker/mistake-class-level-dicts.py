# expect: ^a fresh tracker starts empty \(validation\): [^\n]*reports a metric it was never given, left there by another tracker[^\n]*not as class attributes
# Keeps the totals in dicts made once on the class, so every tracker shares them
# and a new tracker already holds the previous one's metrics. The first failing case
# used to blame the weighting of the batches; it must name the shared state.

r"""Keep two sums per metric, the weighted total $\sum n_b v_b$ and the count
$\sum n_b$, and divide only when a mean is asked for: the result does not depend
on how the examples were split into batches. Two dicts created in `__init__`
hold them; a dict remembers insertion order, so `summary()` lists metrics in
the order of their first update for free, and `reset()` simply clears both.

Common mistakes: averaging batch means (`sum(values) / len(values)`), which
over-weights small batches; defining `totals = {}` as a *class* attribute,
which every instance shares, so the validation tracker sees the training loss;
and returning `0.0` for a metric that was never updated, which looks like a
perfect loss in a dashboard. The running-mean update
`mean += (v - mean) * n / count` is equivalent but drifts in float arithmetic
over very long runs; sums are simpler.
"""


class MetricTracker:
    _totals: dict[str, float] = {}  # noqa: RUF012
    _counts: dict[str, int] = {}  # noqa: RUF012

    def update(self, name: str, value: float, n: int = 1) -> None:
        if n < 1:  # checked before anything changes: a refused update leaves no trace
            raise ValueError(f"a batch of {n} examples: n must be at least 1")
        self._totals[name] = self._totals.get(name, 0.0) + value * n
        self._counts[name] = self._counts.get(name, 0) + n

    def mean(self, name: str) -> float | None:
        if name not in self._counts:
            return None
        return self._totals[name] / self._counts[name]

    def count(self, name: str) -> int:
        return self._counts.get(name, 0)

    def reset(self) -> None:
        self._totals.clear()
        self._counts.clear()

    def summary(self) -> dict[str, float]:
        return {name: self._totals[name] / self._counts[name] for name in self._counts}
