"""An oracle plus a list of inputs chosen for where scalers break. The oracle is short
enough to be obviously right (it is the specification written in Python), and every
input is checked against it on everything the specification promises: the type (a
new list of floats), the length and order, the values to a tolerance, and that the
input is left as it was. The inputs are the edges, each there for a reason: empty, a
single value, all values equal, negative values, ints, a minimum that is not the first
element, and a few random lists.

The common wrong approach is one comfortable example such as `[1.0, 2.0, 3.0]`, which
every implementation here passes. Comparing floats with `==` is the other trap: it
rejects a correct implementation that computes the same value in a different order
(`(v - lo) * (1 / span)` for instance). Catching exceptions from the code under test and
turning them into `False` is part of the job: a crash on an empty list is a failed
test, not a crashed test run.
"""

import math
import random


def _expected(values: list[float]) -> list[float]:
    lo, hi = min(values, default=0.0), max(values, default=0.0)
    return [(v - lo) / (hi - lo) if hi > lo else 0.0 for v in values]


def _passes(minmax_scale, values: list[float]) -> bool:
    given = list(values)
    result = minmax_scale(values)
    if values != given or type(result) is not list or len(result) != len(values):
        return False
    if result is values or not all(type(r) is float for r in result):
        return False
    return all(
        math.isclose(r, e, rel_tol=1e-9, abs_tol=1e-12)
        for r, e in zip(result, _expected(given), strict=True)
    )


def run_tests(source: str) -> bool:
    rng = random.Random(0)
    inputs = [
        [], [3.0], [7.0, 7.0, 7.0], [2.0, 4.0, 3.0], [-5.0, 5.0], [-3.0, -1.0, -2.0],
        [4, 1, 3], [0.5, -0.25, 0.5], [1e-3, 2e-3], [10.0, 0.0],
        *([rng.uniform(-100, 100) for _ in range(rng.randint(2, 20))] for _ in range(20)),
    ]
    try:
        namespace: dict = {}
        exec(source, namespace)
        minmax_scale = namespace["minmax_scale"]
        return all(_passes(minmax_scale, values) for values in inputs)
    except Exception:
        return False
