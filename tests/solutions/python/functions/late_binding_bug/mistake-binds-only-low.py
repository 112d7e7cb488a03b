# expect: each scaler binds its own low but still reads high
# Half a fix: the lambda binds low as a default argument but still reads high
# from the loop, so every column uses the last column's maximum.

from collections.abc import Callable


def fit_scalers(train: dict[str, list[float]]) -> dict[str, Callable[[float], float]]:
    """One min-max scaler per column, fitted on that column's training values."""
    scalers = {}
    for column, values in train.items():
        low, high = min(values), max(values)
        if high == low:
            scalers[column] = lambda x: 0.0
        else:
            scalers[column] = lambda x, low=low: (x - low) / (high - low)
    return scalers


def transform(
    table: dict[str, list[float]], scalers: dict[str, Callable[[float], float]]
) -> dict[str, list[float]]:
    """Apply each column's scaler to every value of that column."""
    return {column: [scalers[column](x) for x in values] for column, values in table.items()}


def scale_columns(
    train: dict[str, list[float]], test: dict[str, list[float]]
) -> dict[str, list[float]]:
    """Fit min-max scalers on train and scale test with them.

    Users report that only the last column is scaled correctly. Find out why and fix it.
    """
    return transform(test, fit_scalers(train))
