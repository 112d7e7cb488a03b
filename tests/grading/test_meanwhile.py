"""The caller's own work during a check (`meanwhile`): done once, while the code runs."""

from __future__ import annotations

import time

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.schema import Limits
from mldojo.grading import codec
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool
from mldojo.grading.runner import STARTUP_ALLOWANCE_S
from tests.conftest import BROADCAST, CONTENT

CHOICE = "evaluation.metrics.screening_metric_choice"
SLOW = """import time
slept = []
def add_row_offsets(X, offsets):
    if not slept:
        slept.append(time.sleep(2))
    return X + offsets
"""


def test_the_work_is_done_while_the_learners_code_runs(warm_pool: ZygotePool) -> None:
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    called: list[float] = []
    verdict = LocalGrader(runner=warm_pool).grade(
        exercise, SLOW, seed=3, meanwhile=lambda: called.append(time.monotonic())
    )
    ended = time.monotonic()
    assert len(called) == 1
    # The first case sleeps 2 s after the work was done: it was done while they ran, not after.
    assert ended - called[0] > 1.5, verdict


@pytest.mark.parametrize(
    ("exercise_id", "source"),
    [
        (BROADCAST, "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"),
        (BROADCAST, "def add_row_offsets(X, offsets)\n"),  # does not load
        (BROADCAST, "import numpy as np\nnp.add = None\n"),
        (CHOICE, 'ANSWER = "A"\n'),  # read, never run
    ],
)
def test_the_work_is_done_exactly_once(
    warm_pool: ZygotePool, exercise_id: str, source: str
) -> None:
    exercise = load_catalog(content_root=CONTENT).get(exercise_id)
    called: list[int] = []
    LocalGrader(runner=warm_pool).grade(
        exercise, source, seed=4, meanwhile=lambda: called.append(1)
    )
    assert called == [1]


def test_work_that_fails_stops_the_check_and_says_why(warm_pool: ZygotePool) -> None:
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    grader = LocalGrader(runner=warm_pool)

    def fails() -> None:
        raise RuntimeError("the database is gone")

    with pytest.raises(RuntimeError, match="the database is gone"):
        grader.grade(exercise, SLOW, seed=5, meanwhile=fails)
    # The run it stopped left nothing that gets in the way of the next check.
    assert grader.grade(exercise, exercise.solution_source(), seed=5).passed


def test_the_work_s_time_is_not_the_child_s(warm_pool: ZygotePool) -> None:
    """Slow work (a locked database, retried) must not make a quick run time out."""
    request = {
        "filename": "quick.py",
        "source": "def f():\n    return 1\n",
        "mode": "call",
        "entry": "f",
        "cases": [{"args": codec.encode([]), "kwargs": codec.encode({}), "calls": []}],
    }
    limits = Limits(time_s=1)
    outcome = warm_pool.run(
        request,
        limits,
        flavour="numpy",
        meanwhile=lambda: time.sleep(limits.time_s + STARTUP_ALLOWANCE_S + 0.5),
    )
    assert not outcome.timed_out
    assert outcome.result is not None and outcome.result["results"][0]["ok"]
    assert outcome.wall_s < limits.time_s + STARTUP_ALLOWANCE_S


def test_the_work_s_time_is_not_in_the_verdict_s_duration(warm_pool: ZygotePool) -> None:
    """A check whose attempt waited for a locked database says how long the check took."""
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    verdict = LocalGrader(runner=warm_pool).grade(
        exercise, exercise.solution_source(), seed=6, meanwhile=lambda: time.sleep(4)
    )
    assert verdict.passed and verdict.duration_ms < 4000, verdict.duration_ms
