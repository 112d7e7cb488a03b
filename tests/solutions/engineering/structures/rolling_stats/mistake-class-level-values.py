# expect: `values` is a class attribute of RollingStats, one object shared by every RollingStats
# Keeps the window in a list made once on the class: every RollingStats shares it, so
# a new one already holds what earlier ones were given.


class RollingStats:
    values: list[float] = []

    def __init__(self, window: int) -> None:
        self.window = window

    def push(self, x: float) -> None:
        self.values.append(x)
        if len(self.values) > self.window:
            self.values.pop(0)

    def mean(self) -> float | None:
        if not self.values:
            return None
        return sum(self.values) / len(self.values)

    def max(self) -> float | None:
        if not self.values:
            return None
        return max(self.values)
