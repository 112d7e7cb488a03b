# expect: update\(.*\) should raise ValueError here, but it returned normally
# Takes any n: update(name, v, n=0) adds nothing but a count of 0, and a negative n
# silently corrupts every later mean.


class MetricTracker:
    def __init__(self) -> None:
        self._totals: dict[str, float] = {}
        self._counts: dict[str, int] = {}

    def update(self, name: str, value: float, n: int = 1) -> None:
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
