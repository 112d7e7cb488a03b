# expect: must be a float: a constant column scales to 0.0
"""A `lambda` (or `def`) inside a loop does not copy `low` and `high`: it keeps a
reference to the loop's variables and reads them when it is *called*. By then
the loop has finished and the variables hold the last column's values, so
every scaler used the last range. (A comprehension has the same trap: its loop
variable is shared by every lambda made inside it.)

The fix is to bind the values when the function is created. A small factory,
`make_scaler(low, high)`, gives each scaler its own enclosing scope; default
arguments (`lambda x, low=low, high=high: ...`) and `functools.partial` work
too, but the factory reads best and cannot be overridden by accident. A quick
test that catches this class of bug: fit on two columns with different ranges
and check the *first* one.
"""

from collections.abc import Callable


def make_scaler(low: float, high: float) -> Callable[[float], float]:
    """A min-max scaler with its own low and high, fixed now."""
    if high == low:
        return lambda x: 0
    return lambda x: (x - low) / (high - low)


def fit_scalers(train: dict[str, list[float]]) -> dict[str, Callable[[float], float]]:
    return {column: make_scaler(min(values), max(values)) for column, values in train.items()}


def transform(
    table: dict[str, list[float]], scalers: dict[str, Callable[[float], float]]
) -> dict[str, list[float]]:
    return {column: [scalers[column](x) for x in values] for column, values in table.items()}


def scale_columns(
    train: dict[str, list[float]], test: dict[str, list[float]]
) -> dict[str, list[float]]:
    return transform(test, fit_scalers(train))
