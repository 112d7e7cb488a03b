"""An oracle plus a few inputs, each chosen for where scalers break. The oracle is short
enough to be obviously right (it is the specification written in Python), and every
input is checked against it on everything the specification promises: that the input
is left as it was, the type (a new list, of floats), the length and order, and the
values to a tolerance. The inputs are the edges, and each one does a job: `[]` (a crash,
or the input list handed back instead of a new one), a single value and a constant
list of several (a division by zero, or 1.0 instead of 0.0), and `[4, 1, 3]`: ints, a
minimum that is neither first nor 0, an order that sorting would change, and thirds
that rounding would change. Change one of its numbers and a bug slips through
(`[4, 1, 2]` would do as well). Last, `[0, -1]`: a minimum below 0 and larger in size
than the maximum, where a scaler that clips the minimum at 0, or takes the largest
size for the maximum, goes wrong.

The common wrong approach is one comfortable example such as `[1.0, 2.0, 3.0]`, which
nearly every implementation here passes. Comparing floats with `==` is the other trap:
it rejects a correct implementation that computes the same value in a different order
(`(v - lo) * (1 / span)` for instance); `math.isclose` with its default relative
tolerance of 1e-9 accepts it, and an exact 0.0 is what every correct version gives for
the minimum. Catching exceptions from the code under test and turning them into
`False` is part of the job: a crash on an empty list is a failed test, not a crashed
test run. Random lists on top are a good habit for the bugs nobody listed; here the
edges already catch every one.
"""

import math


def _expected(values: list[float]) -> list[float]:
    if not values:
        return []
    lo, hi = min(values), max(values)
    return [(v - lo) / (hi - lo) if hi > lo else 0.0 for v in values]


def _passes(minmax_scale, values: list[float]) -> bool:
    given = list(values)
    result = minmax_scale(values)
    return (
        values == given
        and type(result) is list
        and result is not values
        and all(
            type(r) is float and math.isclose(r, e)
            for r, e in zip(result, _expected(given), strict=True)  # raises on another length
        )
    )


def run_tests(source: str) -> bool:
    inputs = [[], [3.0], [7.0, 7.0], [4, 1, 3], [0, -1]]
    try:
        namespace: dict = {}
        exec(source, namespace)
        minmax_scale = namespace["minmax_scale"]
        return all(_passes(minmax_scale, values) for values in inputs)
    except Exception:
        return False
