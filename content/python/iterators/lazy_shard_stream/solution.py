"""A generator function runs only as far as its consumer asks: the inner
generator opens a shard when the loop reaches it and pulls one record per
`next`, so nothing is read ahead. `itertools.islice(records, limit)` stops
*before* asking for the record after the last wanted one, so with a limit no
extra record is read and no extra shard is opened; `islice(it, None)` means no
limit. `yield from` hands the sliced stream to the caller record by record.

Common wrong approaches: collecting records into a list and returning it (or
`list(open_shard(name))` per shard), which reads everything before the first
record comes out; and counting with a check at the *top* of the loop
(`for rec in shard: if count == limit: return`), which reads one record too
many and, when the limit falls at the end of a shard, opens the next shard just
to find out it is done.
"""

from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any


def stream_records(
    names: list[str], open_shard: Callable[[str], Iterator[Any]], limit: int | None = None
) -> Iterator[Any]:
    records = (r for name in names for r in open_shard(name) if r is not None)
    yield from islice(records, limit)


def run_stream(shards: dict[str, list[Any]], limit: int | None = None) -> dict[str, Any]:
    """The checks call this. It drives stream_records and records what it read. Do not edit."""
    opened: list[str] = []
    pulled = [0]

    def read(records: list[Any]) -> Iterator[Any]:
        for record in records:
            pulled[0] += 1
            yield record

    def open_shard(name: str) -> Iterator[Any]:
        opened.append(name)  # counted when called, as a real open would be
        return read(shards[name])

    stream = stream_records(list(shards), open_shard, limit)
    done = object()
    first = next(stream, done)
    at_first = {"opened_at_first": list(opened), "pulled_at_first": pulled[0]}
    records = [] if first is done else [first, *stream]
    return {"records": records, **at_first, "opened": opened, "pulled": pulled[0]}

