"""Host-side parsing survives threads that parse at the same time."""

from __future__ import annotations

import ast
import gc
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator

import pytest

from mldojo.syntax import format_exception, parse_expression, parse_module

NESTED = "x = " + "(" * 40 + "1" + ")" * 40 + "\n"
SOURCE = NESTED + "def f(a):\n    return [[a for a in b] for b in c]\n" * 200


@pytest.fixture
def switching_threads_mid_parse() -> Iterator[None]:
    """Collect garbage often and yield the GIL at each collection: the AST constructor
    allocates as it builds, so another thread runs in the middle of a parse."""

    def yield_gil(phase: str, info: dict[str, int]) -> None:
        time.sleep(0.0001)

    threshold = gc.get_threshold()
    gc.callbacks.append(yield_gil)
    gc.set_threshold(50, 1, 1)
    yield
    gc.callbacks.remove(yield_gil)
    gc.set_threshold(*threshold)


def _errors_parsing_in_threads(parse: Callable[[str], object]) -> list[BaseException]:
    errors: list[BaseException] = []

    def work() -> None:
        for _ in range(10):
            try:
                parse(SOURCE)
            except SystemError as error:
                errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_the_race_is_real_without_the_lock(switching_threads_mid_parse: None) -> None:
    """Shows the test below can fail; later Pythons keep the counter per call."""
    if not _errors_parsing_in_threads(ast.parse):
        pytest.skip(f"ast.parse does not race on Python {sys.version.split()[0]}")


def test_parsing_in_threads_at_once_never_fails(switching_threads_mid_parse: None) -> None:
    assert _errors_parsing_in_threads(parse_module) == []


def test_the_parsers_give_what_ast_gives() -> None:
    assert ast.dump(parse_module(SOURCE)) == ast.dump(ast.parse(SOURCE))
    assert ast.dump(parse_expression("a + 1")) == ast.dump(ast.parse("a + 1", mode="eval"))


def test_a_traceback_is_formatted_as_traceback_formats_it() -> None:
    try:
        {}["missing"]
    except KeyError as error:
        assert format_exception(error) == "".join(traceback.format_exception(error))
        assert "KeyError: 'missing'" in format_exception(error)
