"""What the learner model derives (home, report), kept until the learner's record changes
or the minute turns, so that reloading a page costs one small query, not a model replay.

A value is kept with the learner's activity mark (`learning.activity`) and the minute
it was computed in: a check, a hint, the solution or a journal entry changes the mark,
and so does the clock (reviews fall due, mastery fades), so the next request after
either computes afresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from datetime import UTC, datetime
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

T = TypeVar("T")


def this_minute() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


class Fresh:
    def __init__(self) -> None:
        self._values: dict[str, tuple[Hashable, Any]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    async def aget(self, name: str, mark: Hashable, compute: Callable[[], T]) -> T:
        """The kept value at once when it is fresh; else computed in a worker thread, so
        a slow computation never holds up the event loop."""
        kept = self._values.get(name)
        if kept is not None and kept[0] == mark:
            value: T = kept[1]
            return value
        return await run_in_threadpool(self.get, name, mark, compute)

    def get(self, name: str, mark: Hashable, compute: Callable[[], T]) -> T:
        kept = self._values.get(name)
        if kept is not None and kept[0] == mark:
            value: T = kept[1]
            return value
        with self._guard:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:  # one computation per page at a time; the others wait for it
            kept = self._values.get(name)
            if kept is not None and kept[0] == mark:
                return kept[1]  # type: ignore[no-any-return]
            value = compute()
            self._values[name] = (mark, value)
            return value
