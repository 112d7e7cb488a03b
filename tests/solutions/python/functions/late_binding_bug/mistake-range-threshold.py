# expect: range is tiny but not 0
# Closures fixed with default arguments, but a column counts as constant when its range is
# below a threshold: the README says only equal training values scale to 0.0.
from collections.abc import Callable


def fit_scalers(train):
    scalers = {}
    for column, values in train.items():
        low, high = min(values), max(values)
        if high - low < 1e-9:
            scalers[column] = lambda x: 0.0
        else:
            scalers[column] = lambda x, low=low, high=high: (x - low) / (high - low)
    return scalers


def transform(table, scalers):
    return {column: [scalers[column](x) for x in values] for column, values in table.items()}


def scale_columns(train, test):
    return transform(test, fit_scalers(train))
