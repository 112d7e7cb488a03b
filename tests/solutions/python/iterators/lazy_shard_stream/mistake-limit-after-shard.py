# expect: records were yielded where limit is \d+: count each record as it is yielded
# Checks the limit only after a whole shard is read, so the stream yields every
# record of the shard where the limit falls.

from collections.abc import Callable, Iterator
from typing import Any


def stream_records(
    names: list[str], open_shard: Callable[[str], Iterator[Any]], limit: int | None = None
) -> Iterator[Any]:
    """Yield the non-None records of the shards in order, lazily, at most limit of them.

    Open each shard only when needed and stop reading as soon as limit records
    have been yielded.
    """
    n = 0
    if limit == 0:
        return
    for name in names:
        for r in open_shard(name):
            if r is not None:
                yield r
                n += 1
        if limit is not None and n >= limit:
            return


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
