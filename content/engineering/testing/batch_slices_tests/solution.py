"""Exact examples catch the bugs you thought of; properties over a grid of inputs
catch the ones you did not. Here the grid is every `n` from 0 to 20, every
`batch_size` from 1 to 9 and both values of `drop_last`: 360 calls, each
checked against what the specification says in general (types, contiguity,
sizes, coverage, the number of batches), so the empty input, a batch size larger
than the data, an exact multiple and a ragged end are all included without
having to be remembered. Calling both values of `drop_last` on the same input,
in both orders, also catches state that leaks between calls (a cache keyed
without `drop_last`).

Two habits matter as much as the cases. Any exception from the code under test is
a failure, not a crash of the test run. And the tests check only what the
specification promises, so that a correct implementation written differently
(a comprehension, a while loop) still passes: a suite that pins incidental
details (a list subclass, a particular loop) fails good code and gets ignored.

The common wrong approach is one happy-path example such as
`batch_slices(10, 5)`. Every bug below the surface is at an edge: the ragged
last batch, `drop_last`, an exact multiple, `n = 0`, `batch_size > n`.
Comparing with a second, simple implementation (differential testing) is also
a fine strategy, as long as the oracle itself is obviously right.
"""


def _follows_spec(result: object, n: int, batch_size: int, drop_last: bool) -> bool:
    if not isinstance(result, list) or not all(
        isinstance(b, tuple) and len(b) == 2 and all(type(v) is int for v in b) for b in result
    ):
        return False
    start = 0
    for k, (lo, hi) in enumerate(result):
        last = k == len(result) - 1
        if lo != start or not 0 < hi - lo <= batch_size:
            return False
        if (not last or drop_last) and hi - lo != batch_size:
            return False
        start = hi
    covered = n - n % batch_size if drop_last else n
    return start == covered


def run_tests(source: str) -> bool:
    try:
        namespace: dict = {}
        exec(source, namespace)
        batch_slices = namespace["batch_slices"]
        if batch_slices(7, 3) != [(0, 3), (3, 6), (6, 7)]:
            return False
        if batch_slices(7, 3, drop_last=True) != [(0, 3), (3, 6)]:
            return False
        for n in range(21):
            for batch_size in range(1, 10):
                for order in ((False, True), (True, False)):
                    for drop_last in order:
                        result = batch_slices(n, batch_size, drop_last=drop_last)
                        if not _follows_spec(result, n, batch_size, drop_last):
                            return False
                        if batch_slices(n, batch_size, drop_last) != result:
                            return False
    except Exception:
        return False
    return True
