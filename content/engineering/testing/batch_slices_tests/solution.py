"""Exact examples catch the bugs you thought of; properties over a grid of inputs
catch the ones you did not. Here the grid is every `n` from 0 to 20, every
`batch_size` from 1 to 9 and both values of `drop_last`: 378 inputs, each
checked against what the specification says in general (types, contiguity,
sizes, coverage), so the empty input, a batch size larger than the data, an
exact multiple and a ragged end are all included without having to be
remembered; the properties pin the answer down completely, so the statement's
examples need no test of their own. Calling both values of `drop_last` on the
same input, one after the other, also catches state that leaks between calls (a
cache keyed without `drop_last`), and calling each input twice, once by keyword
and once by position as the signature allows, catches a signature that no longer
means what it says (a parameter slipped in before `drop_last`) and an answer that
changes from call to call.

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
    """Everything the statement promises for this input (a malformed result may raise
    here; run_tests counts that as a failure too)."""
    return (
        isinstance(result, list)
        and all(
            isinstance(b, tuple) and len(b) == 2 and all(type(v) is int for v in b)
            for b in result
        )
        and [lo for lo, _ in result] == [0, *(hi for _, hi in result)][: len(result)]
        and all(hi - lo == batch_size for lo, hi in result[:-1])  # full but the last
        and all(0 < hi - lo <= batch_size for lo, hi in result)  # none empty or too big
        and sum(hi - lo for lo, hi in result) == (n - n % batch_size if drop_last else n)
    )


def run_tests(source: str) -> bool:
    try:
        namespace: dict = {}
        exec(source, namespace)
        batch_slices = namespace["batch_slices"]
        for n in range(21):
            for batch_size in range(1, 10):
                for drop_last in (False, True):  # both on one input: no state may leak
                    result = batch_slices(n, batch_size, drop_last=drop_last)
                    again = batch_slices(n, batch_size, drop_last)  # by position this time
                    if not _follows_spec(result, n, batch_size, drop_last) or again != result:
                        return False
    except Exception:
        return False
    return True
