# expect: all equal.*min == max
# Rewrites mean_std without the given check for equal values: a float mean of three
# 0.1s misses them by 1e-17, the std is 1e-17, and the equal values come back as -1.0.
import math
from collections.abc import Iterable


def parse_column(raw: list[str]) -> Iterable[float]:
    """The non-missing cells of a CSV column, as floats."""
    return map(float, filter(str.strip, raw))


def mean_std(values: Iterable[float]) -> tuple[float, float]:
    """Mean and population standard deviation of values (0.0, 0.0 when empty)."""
    values = list(values)  # two passes below: an iterator would be empty the second time
    if not values:
        return 0.0, 0.0
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    return mean, math.sqrt(variance)


def standardise(raw: list[str]) -> list[float]:
    values = list(parse_column(raw))
    mean, std = mean_std(values)
    if std == 0:
        return [0.0 for _ in values]
    return [(v - mean) / std for v in values]
