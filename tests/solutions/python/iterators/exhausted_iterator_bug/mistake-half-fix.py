# expect: mean_std loops over values twice .* an iterator is empty the second time
# A half fix: standardise parses the column again for its last loop, but mean_std
# still loops twice over one iterator, so the variance is 0 and every z-score 0.0.

import math
from collections.abc import Iterable


def parse_column(raw: list[str]) -> Iterable[float]:
    """The non-missing cells of a CSV column, as floats."""
    return map(float, filter(str.strip, raw))


def mean_std(values: Iterable[float]) -> tuple[float, float]:
    """Mean and population standard deviation of values (0.0, 0.0 when empty)."""
    count, total = 0, 0.0
    low = high = math.nan
    for v in values:
        count += 1
        total += v
        low, high = (v, v) if count == 1 else (min(low, v), max(high, v))
    if count == 0:
        return 0.0, 0.0
    if low == high:  # all equal: no spread (total / count can miss the value by 1e-17)
        return low, 0.0
    mean = total / count
    variance = sum((v - mean) ** 2 for v in values) / count
    return mean, math.sqrt(variance)


def standardise(raw: list[str]) -> list[float]:
    """z-score the non-missing cells of a column: (x - mean) / std.

    Users report it always returns []. Find out why and fix it.
    """
    values = parse_column(raw)
    mean, std = mean_std(values)
    values = parse_column(raw)
    if std == 0:
        return [0.0 for _ in values]
    return [(v - mean) / std for v in values]
