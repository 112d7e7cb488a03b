"""`range(0, len(items), batch_size)` gives the start of every batch, and a slice
never runs past the end of a sequence, so `items[start:start + batch_size]`
returns the short remainder for the last batch without any special case.
`list(...)` makes each batch a list even when `items` is a tuple (a tuple's
slice is a tuple). `drop_last` only has to shorten the range: stopping at
`len(items) - batch_size + 1` keeps exactly the starts of full batches.

The usual wrong approaches: computing the number of batches as
`len(items) // batch_size + 1`, which adds an empty batch whenever the length
is a multiple of the batch size; `len(items) // batch_size`, which drops the
remainder even when `drop_last` is false; and a while loop that builds batches
by appending and forgets to flush the last, partly filled one.
"""

from typing import Any, Sequence


def make_batches(
    items: Sequence[Any], batch_size: int, drop_last: bool = False
) -> list[list[Any]]:
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[start:start + batch_size]) for start in range(0, stop, batch_size)]
