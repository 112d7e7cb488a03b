# expect: never called the sleep it was given: pause by calling the sleep parameter
# Pauses with time.sleep instead of the sleep it is given, so a caller cannot
# replace the pauses and the checks see none (the delay is zeroed to keep the test fast).

import functools
import time
from collections.abc import Callable
from typing import Any


def retry(
    attempts: int,
    retry_on: tuple[type[BaseException], ...],
    base_delay: float = 0.1,
    factor: float = 2.0,
    sleep: Callable[[float], Any] = time.sleep,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for k in range(attempts - 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on:
                    time.sleep(base_delay * factor**k * 0)
            return fn(*args, **kwargs)  # the last attempt: what it raises reaches the caller

        return wrapper

    return decorate


EXCEPTIONS = {
    e.__name__: e
    for e in (TimeoutError, ConnectionError, OSError, ValueError, KeyError, RuntimeError)
}


def simulate(
    script: list[list[Any]],
    attempts: int,
    retry_on: list[str],
    base_delay: float | None = None,
    factor: float | None = None,
) -> dict[str, Any]:
    """The checks call this: it runs a scripted flaky call through retry. Do not edit.

    A base_delay or factor of None is not passed on, so retry's own default is used.
    The decorated function is then called a second time, as a service is: that call
    meets the same script from its start ("again": its outcome, number of calls and pauses).
    """
    calls: list[list[Any]] = []
    sleeps: list[float] = []
    raised: list[Exception] = []  # what fetch_batch raised, to tell a new exception from them

    def fetch_batch(index: int, *, shard: str = "train") -> Any:
        """Fetch one batch from the feature store."""
        calls.append([index, shard])
        kind, payload = script[min(len(calls), len(script)) - 1]
        if kind == "raise":
            raised.append(EXCEPTIONS[payload](f"call {len(calls)}"))
            raise raised[-1]
        return payload

    given = {k: v for k, v in (("base_delay", base_delay), ("factor", factor)) if v is not None}
    policy = retry(
        attempts, tuple(EXCEPTIONS[name] for name in retry_on), sleep=sleeps.append, **given
    )
    wrapped = policy(fetch_batch)

    def call() -> list[Any]:
        try:
            return ["returned", wrapped(7, shard="val")]
        except Exception as exc:  # noqa: BLE001 - reported, not handled
            if not any(exc is mine for mine in raised):  # made by the wrapper, not re-raised
                return ["raised", type(exc).__name__, str(exc), "a new exception"]
            return ["raised", type(exc).__name__, str(exc)]

    outcome, made, slept = call(), list(calls), list(sleeps)
    calls.clear()  # a second, separate call of the decorated function: the script restarts
    sleeps.clear()
    again = {"outcome": call(), "calls": len(calls), "sleeps": list(sleeps)}
    return {
        "outcome": outcome,
        "calls": made,
        "sleeps": slept,
        "again": again,
        "name": getattr(wrapped, "__name__", None),
        "doc": getattr(wrapped, "__doc__", None),
    }
