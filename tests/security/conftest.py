"""Attacks graded through the real grader and sandbox, then the reference graded again."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.grading.local import LocalGrader
from mldojo.grading.sandbox import bwrap_path
from mldojo.grading.verdict import Verdict
from tests.conftest import BROADCAST, copy_exercises


def require_sandbox() -> None:
    if bwrap_path() is None:
        if os.environ.get("CI"):
            pytest.fail("bubblewrap is missing: scripts/setup installs it")
        pytest.skip("bubblewrap is not available: `mldojo doctor` says what to do")


@dataclass
class Attack:
    exercise: Exercise
    grader: LocalGrader

    def __call__(self, source: str, time_s: float | None = None) -> Verdict:
        """Grade an attack; it must fail, and the reference must still pass after it.

        `time_s` widens the time limit for an attack whose point is not time (a walk of
        the whole file system can outlast 1 s on a loaded machine)."""
        exercise = self.exercise
        if time_s is not None:
            limits = exercise.meta.limits.model_copy(update={"time_s": time_s})
            exercise = replace(exercise, meta=exercise.meta.model_copy(update={"limits": limits}))
        verdict = self.grader.grade(exercise, textwrap.dedent(source), seed=3)
        assert not verdict.passed, verdict
        after = self.grader.grade(self.exercise, self.exercise.solution_source(), seed=4)
        assert after.passed, after
        return verdict


@pytest.fixture(params=["warm", "cold"])
def attack(request: pytest.FixtureRequest, tmp_path: Path) -> Attack:
    """The broadcast exercise with a 1 s limit and 256 MB, so attacks end quickly, and
    without its refusal of loops in Python, so the attacks that loop run; each attack
    is tried on a child forked from the warm pool and on a cold interpreter."""
    require_sandbox()
    content = copy_exercises(tmp_path / "content", BROADCAST)
    toml = content / "stack" / "numpy" / "broadcast_add" / "exercise.toml"
    toml.write_text(
        toml.read_text()
        .replace("time_s = 5", "time_s = 1")
        .replace("memory_mb = 512", "memory_mb = 256")
        .replace("vectorised = true\n", "")
    )
    exercise = load_catalog(content_root=content).get(BROADCAST)
    if request.param == "warm":
        return Attack(exercise, LocalGrader(runner=request.getfixturevalue("warm_pool")))
    return Attack(exercise, LocalGrader())


def everything_shown(verdict: Verdict) -> str:
    """All a learner sees of a verdict."""
    return verdict.output + " ".join(c.message for c in verdict.cases)


Canary = Callable[[], str]
