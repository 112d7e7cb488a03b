# expect: still scaled with the last column's range
from collections.abc import Callable


def fit_scalers(train: dict[str, list[float]]) -> dict[str, Callable[[float], float]]:
    # Rewritten as a comprehension: the lambdas still share the loop variable `values`.
    return {
        column: (lambda x: 0.0 if max(values) == min(values)
                 else (x - min(values)) / (max(values) - min(values)))
        for column, values in train.items()
    }


def transform(
    table: dict[str, list[float]], scalers: dict[str, Callable[[float], float]]
) -> dict[str, list[float]]:
    return {column: [scalers[column](x) for x in values] for column, values in table.items()}


def scale_columns(
    train: dict[str, list[float]], test: dict[str, list[float]]
) -> dict[str, list[float]]:
    return transform(test, fit_scalers(train))
