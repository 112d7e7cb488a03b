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
# Deeper than this, a tree is refused as a syntax error: the host's own readers of it
# recurse, and no code a person writes nests so deep (`- - - … 1` could).
MAX_DEPTH = 400
TOO_DEEP = (
    f"the code is nested more than {MAX_DEPTH} levels deep (an expression or blocks "
    "inside one another), more than mldojo reads: write it flatter"
)


def parse_module(source: str) -> ast.Module:
    """`ast.parse(source)`, safe beside other threads that parse; a SyntaxError too
    when the code nests deeper than `MAX_DEPTH`."""
    with _ONE_AT_A_TIME:
        try:
            tree = ast.parse(source)
        except (RecursionError, MemoryError):  # the parser's own limit, or the host's
            raise SyntaxError(TOO_DEEP) from None
    _refuse_deep(tree)
    return tree


def parse_expression(source: str) -> ast.Expression:
    """`ast.parse(source, mode="eval")`, as `parse_module` is."""
    with _ONE_AT_A_TIME:
        try:
            tree = ast.parse(source, mode="eval")
        except (RecursionError, MemoryError):
            raise SyntaxError(TOO_DEEP) from None
    _refuse_deep(tree)
    return tree


def _refuse_deep(tree: ast.AST) -> None:
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:  # without recursion, which is what the depth would break
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SyntaxError(TOO_DEEP)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))


def format_exception(exc: BaseException) -> str:
    """`traceback.format_exception(exc)` as one text, safe beside threads that parse."""
    with _ONE_AT_A_TIME:
        return "".join(traceback.format_exception(exc))
