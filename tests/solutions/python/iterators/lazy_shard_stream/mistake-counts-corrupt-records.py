# expect: corrupt \(None\) records were counted towards the limit
from collections.abc import Iterator
from itertools import islice
from typing import Any


def stream_records(names, open_shard, limit=None):
    records = (r for name in names for r in open_shard(name))
    yield from (r for r in islice(records, limit) if r is not None)


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
