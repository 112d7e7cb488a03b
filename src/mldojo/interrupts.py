"""Stopping cleanly on Ctrl-C or SIGTERM.

Raising from a signal handler can land anywhere, even in a garbage-collector
callback where the exception is dropped. So while a check runs (inside
`guarded()`), a signal only sets a flag: the runner's wait loop sees it within
a few milliseconds, kills the child's process group and raises `Interrupted`
from a known place, and the attempt is then recorded as interrupted. Outside a
guarded section the handler raises at once.

A process that runs checks for others (the local grader) stops one check, not
all of them: `cancelled_by(event)` makes the same wait loop stop the current
thread's check when `event` is set (its client went away).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from mldojo.errors import Interrupted

_stop = threading.Event()
_guards = 0
_this_thread = threading.local()


def request_stop() -> None:
    _stop.set()
    if _guards == 0:
        raise Interrupted


def stop_requested() -> bool:
    return _stop.is_set()


def raise_if_stopped() -> None:
    cancel: threading.Event | None = getattr(_this_thread, "cancel", None)
    if _stop.is_set() or (cancel is not None and cancel.is_set()):
        raise Interrupted


@contextmanager
def cancelled_by(event: threading.Event) -> Iterator[None]:
    """Within this block, this thread's checks stop as on Ctrl-C once `event` is set."""
    _this_thread.cancel = event
    try:
        yield
    finally:
        _this_thread.cancel = None


@contextmanager
def guarded() -> Iterator[None]:
    global _guards
    _guards += 1
    try:
        yield
    finally:
        _guards -= 1
