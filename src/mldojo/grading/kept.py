"""What the learner's file must keep as the starter has it (`keep = ["run_stream"]`).

Some exercises put a driver in the learner's file: a function the checks call, which
drives the learner's own code and records what it did (which shards it opened, how
often it slept). Rewritten, it could report whatever the checks expect while the
learner's code does nothing. The host compares each kept function's syntax tree with
the starter's before anything runs; layout and comments may differ, code may not.
"""

from __future__ import annotations

import ast
from pathlib import Path

from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.syntax import parse_module

CASE = "the code the checks call is kept as given"


def changed_kept(exercise: Exercise, source: str) -> str | None:
    """Why `source` does not keep the exercise's kept functions as the starter has
    them, in words; None when it does (or does not parse: the run names that error)."""
    names = exercise.meta.keep
    if not names:
        return None
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):
        return None
    given = _starter_shapes(exercise)
    mine = _functions(tree)
    for name in names:
        if name not in given:
            raise ContentError(
                f"{exercise.path / 'exercise.toml'}: 'keep' names {name}, which the starter "
                "does not define at its top level: fix the name or add the function."
            )
        found = mine.get(name)
        why = (
            f"{name} is gone from your file"
            if found is None
            else f"{name} (line {found.lineno}) is not as the starter has it"
            if _shape(found) != given[name]
            else None
        )
        if why is not None:
            return (
                f"{why}: the checks call it to drive your code and record what it did, so "
                "it must stay exactly as given; put back the starter's version and change "
                "only your own functions"
            )
    return None


# The starter's kept functions as compared, per exercise folder and version (any edit to
# the folder makes a new version): read and parsed once, not at every check.
_SHAPES: dict[tuple[Path, str], dict[str, str]] = {}
MAX_SHAPES = 256


def _starter_shapes(exercise: Exercise) -> dict[str, str]:
    key = (exercise.path, exercise.version)
    shapes = _SHAPES.get(key)
    if shapes is None:
        starter = _functions(parse_module(exercise.starter()))
        shapes = {name: _shape(node) for name, node in starter.items()}
        if len(_SHAPES) >= MAX_SHAPES:
            _SHAPES.clear()
        _SHAPES[key] = shapes
    return shapes


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    """The module's top-level functions by name (the last definition of each wins)."""
    return {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def _shape(node: ast.AST) -> str:
    return ast.dump(node, annotate_fields=False, include_attributes=False)
