"""A run that hit a limit gets a verdict naming the limit it hit, as the kernel saw it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mldojo.catalog.exercise import load_exercise
from mldojo.grading.outcome import run_failure
from mldojo.grading.runner import ChildOutcome, _ResultReader, progress
from mldojo.grading.verdict import Status
from tests.conftest import CONTENT

EXERCISE = load_exercise(CONTENT, CONTENT / "stack" / "numpy" / "broadcast_add")


def _timed_out(memory_exhausted: bool, max_rss_mb: float = 100.0) -> ChildOutcome:
    return ChildOutcome(
        result=None,
        output="",
        returncode=-9,
        timed_out=True,
        wall_s=4.0,
        cpu_s=2.2,
        max_rss_mb=max_rss_mb,
        memory_exhausted=memory_exhausted,
    )


def test_a_plain_timeout_points_at_loops() -> None:
    failure = run_failure(EXERCISE, _timed_out(memory_exhausted=False), "cases", 3)
    assert failure is not None
    status, (case,) = failure
    assert status is Status.TIMEOUT and "endless loop" in case.message
    assert "memory" not in case.message


@pytest.mark.parametrize(("exhausted", "peak_share"), [(True, 0.5), (False, 0.99)])
def test_a_timeout_at_the_memory_limit_names_memory(exhausted: bool, peak_share: float) -> None:
    # Reclaiming pages at the cgroup's limit can outlast the wall-time limit.
    limit = EXERCISE.meta.limits.memory_mb
    outcome = _timed_out(memory_exhausted=exhausted, max_rss_mb=peak_share * limit)
    failure = run_failure(EXERCISE, outcome, "cases", 3)
    assert failure is not None
    status, (case,) = failure
    assert status is Status.TIMEOUT
    assert f"memory limit of {limit} MB" in case.message and "wall time" in case.message


@pytest.mark.parametrize(
    ("raw", "rest", "reached"),
    [
        (b'{"results": []}\n', b'{"results": []}\n', None),
        (b'case 0\ncase 3\n{"results": []}\n', b'{"results": []}\n', 3),
        (b"case 2\ncase 5\n", b"", 5),  # stopped before its report
        (b"case 2\ncase 5", b"case 5", 2),  # a line cut short is not read
        (b"case x\n{}\n", b"case x\n{}\n", None),  # not a number: left, so it fails as forged
        (b"case 99999999999999999\n{}\n", b"case 99999999999999999\n{}\n", None),
    ],
)
def test_a_slow_run_says_which_case_it_is_in(raw: bytes, rest: bytes, reached: int | None) -> None:
    assert progress(raw) == (rest, reached)


def test_the_case_named_is_one_of_the_cases() -> None:
    names = ["small", "huge (hidden)"]
    inside = replace(_timed_out(memory_exhausted=False), reached=1)
    failure = run_failure(EXERCISE, inside, "cases", 2, names)
    assert failure is not None and 'in the case "huge (hidden)"' in failure[1][0].message
    beyond = replace(inside, reached=7)  # a number the learner's code wrote itself
    failure = run_failure(EXERCISE, beyond, "cases", 2, names)
    assert failure is not None and "in the case" not in failure[1][0].message


def test_running_out_of_cpu_at_the_memory_limit_names_memory() -> None:
    limit = EXERCISE.meta.limits.memory_mb
    killed = replace(_timed_out(False, max_rss_mb=0.99 * limit), timed_out=False, returncode=-24)
    failure = run_failure(EXERCISE, killed, "cases", 3)
    assert failure is not None
    assert f"CPU time while at its memory limit of {limit} MB" in failure[1][0].message
    plain = replace(killed, max_rss_mb=10.0)
    failure = run_failure(EXERCISE, plain, "cases", 3)
    assert failure is not None and "memory" not in failure[1][0].message


def test_case_lines_alone_are_not_a_report() -> None:
    # A run killed after it said which case it was in has not reported: the host must
    # wait for how it ended (a signal names the memory limit), not take it as exit 0.
    reader = _ResultReader(None, timed=False)
    reader.feed(b"case 0\ncase 4\n")
    assert not reader.reported()
    reader.feed(b'{"results": []}\n')
    assert reader.reported()
