from collections.abc import Callable
from functools import partial


def _scale(x: float, low: float, high: float) -> float:
    return 0.0 if high == low else (x - low) / (high - low)


def fit_scalers(train: dict[str, list[float]]) -> dict[str, Callable[[float], float]]:
    """One min-max scaler per column; partial binds low and high now, not at call time."""
    scalers = {}
    for column, values in train.items():
        scalers[column] = partial(_scale, low=min(values), high=max(values))
    return scalers


def transform(
    table: dict[str, list[float]], scalers: dict[str, Callable[[float], float]]
) -> dict[str, list[float]]:
    """Apply each column's scaler to every value of that column."""
    return {column: [scalers[column](x) for x in values] for column, values in table.items()}


def scale_columns(
    train: dict[str, list[float]], test: dict[str, list[float]]
) -> dict[str, list[float]]:
    return transform(test, fit_scalers(train))
