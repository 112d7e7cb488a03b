# expect: already used up.*only once
import math
from collections.abc import Iterable


def parse_column(raw: list[str]) -> Iterable[float]:
    """The non-missing cells of a CSV column, as floats."""
    return map(float, filter(str.strip, raw))


def mean_std(values: Iterable[float]) -> tuple[float, float]:
    """Mean and population standard deviation of values (0.0, 0.0 when empty)."""
    values = list(values)  # fixes the std of 0.0 ...
    if not values:
        return 0.0, 0.0
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    return mean, math.sqrt(variance)


def standardise(raw: list[str]) -> list[float]:
    values = parse_column(raw)  # ... but this iterator is still spent by mean_std
    mean, std = mean_std(values)
    if std == 0:
        return [0.0 for _ in values]
    return [(v - mean) / std for v in values]
