"""The local grader's reference cache, and references prepared ahead of the next check."""

from __future__ import annotations

import time

from mldojo.catalog.catalog import load_catalog
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool
from tests.conftest import BROADCAST, CONTENT

WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"


def test_the_next_check_s_reference_is_ready_before_it_is_asked(warm_pool: ZygotePool) -> None:
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    grader = LocalGrader(runner=warm_pool, prepare_ahead=True)
    try:
        first = grader.grade(exercise, exercise.solution_source())
        assert first.passed
        deadline = time.monotonic() + 60
        while not grader.ready_ahead(exercise) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert grader.ready_ahead(exercise)
        # The prepared seed is a fresh one, used once, and judges as any seed does.
        wrong = grader.grade(exercise, WRONG)
        assert not wrong.passed and wrong.seed != first.seed
        assert grader.grade(exercise, exercise.solution_source()).seed not in (
            first.seed,
            wrong.seed,
        )
    finally:
        grader.close()


def test_a_check_prepared_ahead_judges_the_cases_drawn_for_its_seed(
    warm_pool: ZygotePool,
) -> None:
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    grader = LocalGrader(runner=warm_pool, prepare_ahead=True)
    try:
        grader.grade(exercise, exercise.solution_source())
        deadline = time.monotonic() + 60
        while not grader.ready_ahead(exercise) and time.monotonic() < deadline:
            time.sleep(0.05)
        prepared = grader.grade(exercise, WRONG)
        # The same seed drawn afresh gives the same verdict, case for case.
        again = LocalGrader(runner=warm_pool).grade(exercise, WRONG, seed=prepared.seed)
        assert [(c.name, c.passed, c.message) for c in prepared.cases] == [
            (c.name, c.passed, c.message) for c in again.cases
        ]
    finally:
        grader.close()


def test_a_grader_that_does_not_prepare_ahead_draws_nothing(warm_pool: ZygotePool) -> None:
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    grader = LocalGrader(runner=warm_pool)
    assert grader.grade(exercise, exercise.solution_source()).passed
    time.sleep(0.5)
    assert not grader.ready_ahead(exercise)


def test_a_check_that_ends_after_the_grader_closed_still_gets_its_verdict(
    warm_pool: ZygotePool,
) -> None:
    # `mldojo grader stop` closes the grader while a check may still be running.
    exercise = load_catalog(content_root=CONTENT).get(BROADCAST)
    grader = LocalGrader(runner=warm_pool, prepare_ahead=True)
    grader.close()
    assert grader.grade(exercise, exercise.solution_source()).passed
    time.sleep(0.5)
    assert not grader.ready_ahead(exercise)
