"""Which warm stack a run needs, read from the imports of the code it will run.

The warm pool keeps a zygote per flavour (`grading.zygote.PRELOAD`): "numpy"
(NumPy alone), "base" (the whole stack but PyTorch) and "torch". Forking a child
from a zygote, and that child's exit, cost time in proportion to the zygote's
memory, so a run goes to the smallest zygote that has already imported what its
code imports. A module imported in a way this scan cannot see (`importlib`,
`__import__`) is simply imported by the child, more slowly: the choice changes
speed, never a result.
"""

from __future__ import annotations

import ast
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.syntax import parse_module

FLAVOURS = ("numpy", "base", "torch")  # the warm zygotes
# A run that needs a GPU: never forked from a zygote (CUDA must be initialised in a
# process of its own), it starts cold, with the NVIDIA devices passed in.
CUDA = "cuda"
# A challenge run: started cold, in a sandbox that also hides the data sets that the
# installed packages ship (`sandbox.bundled_data`). A challenge on such a set keeps its
# test rows' labels hidden; the set's own copy would give them away to a lookup.
SEALED = "sealed"
# What each flavour has imported, beyond the standard library.
PRELOADED = {"numpy": frozenset({"numpy"})}


@lru_cache(maxsize=512)
def imported_packages(source: str) -> frozenset[str]:
    """The top-level packages that `source` imports anywhere (functions included)."""
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):
        return frozenset()  # it will fail to load wherever it runs
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return frozenset(found)


def flavour_for(*sources: str, torch: bool, also: frozenset[str] = frozenset()) -> str:
    """The smallest warm stack that covers what all of `sources` import, and the packages
    in `also` (the run's own code, and the exercise's reference and cases, whose values
    it will receive)."""
    if torch:
        return "torch"
    imported = also.union(*(imported_packages(s) for s in sources))
    # mldojo itself is for the host's cases.py; no child can import it.
    outside = imported - sys.stdlib_module_names - {"mldojo"}
    return "numpy" if outside <= PRELOADED["numpy"] else "base"


def flavour_of(exercise: Exercise, request: dict[str, Any]) -> str:
    """The warm stack for a run of `request`: what its code, the reference and the
    cases import (the cases' values arrive in the child as what they were built from)."""
    if exercise.needs("cuda"):
        return CUDA
    if exercise.kind is Kind.CHALLENGE:
        return SEALED
    if exercise.needs("torch"):
        return "torch"
    needed = _exercise_imports(exercise.path, exercise.version)
    return flavour_for(request["source"], torch=False, also=needed)


@lru_cache(maxsize=512)
def _exercise_imports(folder: Path, version: str) -> frozenset[str]:
    """What the exercise's reference and cases import, read once per version of it."""
    found = imported_packages((folder / "solution.py").read_text(encoding="utf-8"))
    cases = folder / "cases.py"
    if cases.is_file():
        found |= imported_packages(cases.read_text(encoding="utf-8"))
    return found
