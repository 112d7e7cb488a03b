"""A run that hit a limit gets a verdict naming the limit it hit, as the kernel saw it."""

from __future__ import annotations

from mldojo.catalog.exercise import load_exercise
from mldojo.grading.outcome import run_failure
from mldojo.grading.runner import ChildOutcome
from mldojo.grading.verdict import Status
from tests.conftest import CONTENT

EXERCISE = load_exercise(CONTENT, CONTENT / "stack" / "numpy" / "broadcast_add")


def _timed_out(memory_exhausted: bool) -> ChildOutcome:
    return ChildOutcome(
        result=None,
        output="",
        returncode=-9,
        timed_out=True,
        wall_s=4.0,
        cpu_s=2.2,
        max_rss_mb=252.0,
        memory_exhausted=memory_exhausted,
    )


def test_a_plain_timeout_points_at_loops() -> None:
    failure = run_failure(EXERCISE, _timed_out(memory_exhausted=False), "cases", 3)
    assert failure is not None
    status, (case,) = failure
    assert status is Status.TIMEOUT and "endless loop" in case.message
    assert "memory" not in case.message


def test_a_timeout_at_the_memory_limit_names_memory() -> None:
    # Reclaiming pages at the cgroup's limit can outlast the wall-time limit.
    failure = run_failure(EXERCISE, _timed_out(memory_exhausted=True), "cases", 3)
    assert failure is not None
    status, (case,) = failure
    limit = EXERCISE.meta.limits.memory_mb
    assert status is Status.TIMEOUT
    assert f"memory limit of {limit} MB" in case.message and "wall time" in case.message
