# expect: raised ZeroDivisionError: .* in mean\('acc'\), after .*update\('acc', 0\.1, n=-
# Validates after registering the name: the refused update leaves 'acc' behind with a
# count of 0, so mean('acc') divides by zero or summary() lists it.


class MetricTracker:
    def __init__(self) -> None:
        self._totals: dict[str, float] = {}
        self._counts: dict[str, int] = {}

    def update(self, name: str, value: float, n: int = 1) -> None:
        self._totals.setdefault(name, 0.0)  # registered before the check
        self._counts.setdefault(name, 0)
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        self._totals[name] += value * n
        self._counts[name] += n

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
