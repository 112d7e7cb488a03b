"""Speed exercises: timed by the host from the kernel, against the given slow version."""

from __future__ import annotations

import textwrap

from mldojo.catalog.catalog import load_catalog
from mldojo.grading.local import LocalGrader
from tests.conftest import CONTENT

SPEED = "stack.numpy.pairwise_distances_speed"


def _grade(source: str):  # type: ignore[no-untyped-def]
    exercise = load_catalog(content_root=CONTENT).get(SPEED)
    return LocalGrader().grade(exercise, textwrap.dedent(source), seed=3)


def _speed_line(verdict) -> str:  # type: ignore[no-untyped-def]
    return next(c.message for c in verdict.cases if c.name.startswith("at least"))


def test_the_reference_is_fast_enough_and_the_slow_starter_is_not() -> None:
    exercise = load_catalog(content_root=CONTENT).get(SPEED)
    fast = _grade(exercise.solution_source())
    assert fast.passed and "faster" in _speed_line(fast)
    slow = _grade(exercise.starter())
    assert not slow.passed and "10× needed" in _speed_line(slow)
    assert all(c.passed for c in slow.cases if not c.name.startswith("at least"))


def test_a_wrong_fast_version_fails_before_any_timing() -> None:
    verdict = _grade("""
        import numpy as np
        def pairwise_distances(X, Y):
            return np.sqrt((X**2).sum(1)[:, None] + (Y**2).sum(1)[None] - 2 * X @ Y.T)
    """)
    assert not verdict.passed
    assert not any(c.name.startswith("at least") for c in verdict.cases)
    assert any("nan" in c.message for c in verdict.cases if not c.passed)


def test_being_fast_only_when_timed_is_caught() -> None:
    verdict = _grade("""
        import numpy as np
        calls = 0
        def pairwise_distances(X, Y):
            global calls
            calls += 1
            if len(X) == 300:  # the timing input: answer fast and wrong
                return np.zeros((len(X), len(Y)))
            return np.sqrt(((X[:, None] - Y[None]) ** 2).sum(-1))
    """)
    assert not verdict.passed


def test_saying_ready_early_to_shrink_the_timed_window_fails() -> None:
    verdict = _grade("""
        import os, sys
        os.write(int(sys.argv[1]), b"ready\\n")
        def pairwise_distances(X, Y):
            out = [[((x - y) ** 2).sum() ** 0.5 for y in Y] for x in X]
            import numpy as np
            return np.array(out)
    """)
    assert not verdict.passed
    assert "not a result" in verdict.cases[0].message
