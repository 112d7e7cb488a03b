# expect: list\(\.\.\.\) around the call hides a generator
"""Wraps each result in list(...), so a generator version passes."""


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
                    # list(...) so that any sequence of batches is accepted
                    result = list(batch_slices(n, batch_size, drop_last=drop_last))
                    again = list(batch_slices(n, batch_size, drop_last))
                    if not _follows_spec(result, n, batch_size, drop_last) or again != result:
                        return False
    except Exception:
        return False
    return True
