import statistics
from collections.abc import Iterable


def parse_column(raw: list[str]) -> list[float]:
    """The non-missing cells of a CSV column, as floats (a list: it is read twice)."""
    return [float(cell) for cell in raw if cell.strip()]


def mean_std(values: Iterable[float]) -> tuple[float, float]:
    """Mean and population standard deviation of values (0.0, 0.0 when empty)."""
    data = tuple(values)
    if not data:
        return 0.0, 0.0
    return statistics.fmean(data), statistics.pstdev(data)


def standardise(raw: list[str]) -> list[float]:
    values = parse_column(raw)
    mean, std = mean_std(values)
    return [(v - mean) / std if std else 0.0 for v in values]
