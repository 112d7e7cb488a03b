"""Python source parsed in the host, one tree at a time.

CPython 3.11 keeps the AST constructor's depth counter in state that every thread
shares: two threads that parse at once can fail with "SystemError: AST constructor
recursion depth mismatch" (python/cpython#106905). The local grader computes
references and judges checks on threads, so each parse in the host takes one lock,
and so does formatting a traceback, which parses source lines to point at the error.
"""

from __future__ import annotations

import ast
import threading
import traceback

_ONE_AT_A_TIME = threading.Lock()


def parse_module(source: str) -> ast.Module:
    """`ast.parse(source)`, safe beside other threads that parse."""
    with _ONE_AT_A_TIME:
        return ast.parse(source)


def parse_expression(source: str) -> ast.Expression:
    """`ast.parse(source, mode="eval")`, safe beside other threads that parse."""
    with _ONE_AT_A_TIME:
        return ast.parse(source, mode="eval")


def format_exception(exc: BaseException) -> str:
    """`traceback.format_exception(exc)` as one text, safe beside threads that parse."""
    with _ONE_AT_A_TIME:
        return "".join(traceback.format_exception(exc))
