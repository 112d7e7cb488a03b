from typing import Any, Sequence


def make_batches(
    items: Sequence[Any], batch_size: int, drop_last: bool = False
) -> list[list[Any]]:
    """Split items into consecutive batches (lists) of batch_size items.

    The last batch holds the remainder; with drop_last=True a short last batch
    is left out. No batch is ever empty.
    """
    # TODO: one list comprehension over the start index of each batch.
    return None
