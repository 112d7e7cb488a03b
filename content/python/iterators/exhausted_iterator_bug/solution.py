"""`map` and `filter` return iterators, and an iterator can be walked only once.
`mean_std` used up `values` computing the mean, so its second pass (the
variance) summed nothing, giving `std = 0.0`, and `standardise` then built its
result from the same exhausted iterator, giving `[]`. The fix is to
materialise the data once, `values = list(parse_column(raw))`, and make
`mean_std` safe for any iterable by listing it too (a list is re-iterable;
`list()` of a list is a cheap copy).

Why not "just call `parse_column` again"? That works here but re-reads the
source, which is slow or impossible for a file or a network stream. Keep
iterators for single-pass work (one streaming pass can even compute mean and
variance, with Welford's algorithm); as soon as a function needs two passes,
say so by taking a `Sequence` and passing a list.
"""

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
    if min(values) == max(values):  # all equal: no spread (the mean can miss them by 1e-17)
        return values[0], 0.0
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    return mean, math.sqrt(variance)


def standardise(raw: list[str]) -> list[float]:
    values = list(parse_column(raw))
    mean, std = mean_std(values)
    if std == 0:
        return [0.0 for _ in values]
    return [(v - mean) / std for v in values]
