"""Calls that must raise: a case (or a replayed call) names the exception, the
reference is held to it, and only the host knows which calls are to raise."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.grading.local import LocalGrader
from tests.conftest import BROADCAST, CONTENT, copy_exercises

FEATURE_STORE = "engineering.design.feature_store"
MISMATCH = """\
    out.append(Case("offsets of the wrong length", (np.zeros((3, 2)), np.zeros(4)),
                    raises={kind!r}, hidden={hidden}))
    return out
"""


def _broadcast_with(tmp_path: Path, kind: str, *, hidden: bool = False) -> Exercise:
    """broadcast_add plus a case whose offsets do not fit X: NumPy raises ValueError."""
    content = copy_exercises(tmp_path / "content", BROADCAST)
    cases = content / "stack" / "numpy" / "broadcast_add" / "cases.py"
    text = cases.read_text()
    assert text.count("    return out\n") == 1
    cases.write_text(text.replace("    return out\n", MISMATCH.format(kind=kind, hidden=hidden)))
    return load_catalog(content_root=content).get(BROADCAST)


def _grade(exercise: Exercise, source: str) -> list[str]:
    verdict = LocalGrader().grade(exercise, textwrap.dedent(source), seed=3)
    return [c.message for c in verdict.cases if not c.passed]


def test_a_case_that_must_raise_passes_only_when_the_call_raises(tmp_path: Path) -> None:
    exercise = _broadcast_with(tmp_path, "ValueError")
    assert _grade(exercise, exercise.solution_source()) == []
    quiet = _grade(
        exercise,
        """
        import numpy as np
        def add_row_offsets(X, offsets):
            if len(offsets) != len(X):
                return np.zeros_like(X, dtype=float)  # hides the mistake from the caller
            return X + offsets[:, None]
        """,
    )
    assert len(quiet) == 1
    assert quiet[0].startswith(
        "it should raise ValueError here, but it returned normally, when called as add_row_offsets("
    )
    other = _grade(
        exercise,
        """
        def add_row_offsets(X, offsets):
            if len(offsets) != len(X):
                raise TypeError("offsets do not fit X")
            return X + offsets[:, None]
        """,
    )
    assert len(other) == 1
    assert "raised TypeError: offsets do not fit X; ValueError is expected here" in other[0]


def test_a_subclass_of_the_named_exception_counts(tmp_path: Path) -> None:
    exercise = _broadcast_with(tmp_path, "ValueError")
    assert (
        _grade(
            exercise,
            """
        class ShapeMismatch(ValueError):
            pass
        def add_row_offsets(X, offsets):
            if len(offsets) != len(X):
                raise ShapeMismatch(f"{len(offsets)} offsets for {len(X)} rows")
            return X + offsets[:, None]
        """,
        )
        == []
    )


def test_a_hidden_case_that_must_raise_shows_no_input(tmp_path: Path) -> None:
    exercise = _broadcast_with(tmp_path, "ValueError", hidden=True)
    quiet = _grade(
        exercise,
        """
        import numpy as np
        def add_row_offsets(X, offsets):
            return X + np.resize(offsets, len(X))[:, None]
        """,
    )
    assert len(quiet) == 1 and "should raise ValueError" in quiet[0]
    assert "shape" not in quiet[0] and "hidden edge case" in quiet[0]


def test_a_reference_that_does_not_raise_as_declared_breaks_the_exercise(
    tmp_path: Path,
) -> None:
    exercise = _broadcast_with(tmp_path, "KeyError")
    with pytest.raises(ContentError, match="did not raise KeyError in the call of case"):
        LocalGrader().grade(exercise, exercise.solution_source(), seed=3)


def test_a_call_that_raises_where_none_is_to_raise_is_named_with_its_line() -> None:
    exercise = load_catalog(content_root=CONTENT).get(FEATURE_STORE)
    # Raises where nothing is to raise: the error and its line are named, as before.
    unexpected = _grade(
        exercise,
        exercise.solution_source().replace(
            "        out = []\n",
            "        out = []\n        if entity == 'nobody':\n"
            "            raise KeyError(entity)\n",
            1,
        ),
    )
    assert unexpected and all("raised KeyError: 'nobody'" in m for m in unexpected)
    assert any("(line " in m for m in unexpected)


def test_a_constructor_that_must_raise() -> None:
    exercise = load_catalog(content_root=CONTENT).get("python.classes.lru_cache")
    lenient = exercise.solution_source().replace("raise ValueError(", "raise TypeError(")
    messages = _grade(exercise, lenient)
    assert len(messages) == 2
    assert all("raised TypeError: capacity must be at least 1" in m for m in messages)
    assert "LRUCache(0) raised TypeError" in messages[0]
