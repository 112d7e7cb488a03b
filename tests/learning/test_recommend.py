"""`next`: how the planner weighs areas and reviews, on beliefs set by hand."""

from __future__ import annotations

from datetime import timedelta
from statistics import NormalDist

import numpy as np
import pytest

from mldojo.learning.evidence import ExerciseHistory
from mldojo.learning.mastery import Belief, big_phi_array
from mldojo.learning.recommend import BAR, FAILED_FACTOR, PASSED_TODAY_FACTOR, Planner
from mldojo.learning.review import DueSkill
from tests.learning.history import BROADCASTING, INDEXING, T0, TYPES, exercise, skill_map

TYPES_ONLY = exercise("types_only", skill=TYPES, difficulty=2)
EXERCISES = [
    TYPES_ONLY,
    exercise("broadcast", difficulty=2),
    exercise("index", skill=INDEXING, difficulty=2),
    exercise("broadcast_more", difficulty=3),
]


@pytest.fixture(scope="module")
def planner() -> Planner:
    return Planner.build(skill_map(), EXERCISES)


def belief(
    planner: Planner,
    mastery: dict[str, float],
    variance: dict[str, float],
    *,
    elsewhere: float = 0.5,
) -> Belief:
    """A belief with the given mastery per skill (`elsewhere` for the others) and no
    correlations."""
    space = planner.space
    mean = space.mean.copy()
    mean[: len(space.ids)] = ability(elsewhere)
    cov = np.eye(space.size) * 0.01
    for skill, value in mastery.items():
        mean[space.index[skill]] = ability(value)
    for skill, value in variance.items():
        cov[space.index[skill], space.index[skill]] = value
    return Belief(space, T0, mean, cov, np.ones(space.size))


def ability(mastery: float) -> float:
    """The ability whose mastery (chance of passing a level-3 exercise) is `mastery`."""
    return NormalDist().inv_cdf(mastery)


def python_skills(planner: Planner) -> list[str]:
    return [s for s in planner.space.ids if s.startswith("python.")]


def test_a_settled_area_puts_no_more_work_into_its_weak_skills(planner: Planner) -> None:
    # Data types lag behind the rest of Python (and everything else), which is well
    # above the bar. When the whole area is surely over the bar, practising data types
    # is no longer needed for readiness; while the rest is uncertain, it still is.
    others = [s for s in python_skills(planner) if s != TYPES]
    mastery = {TYPES: 0.55}
    sure = belief(planner, mastery, {s: 0.01 for s in others}, elsewhere=0.8)
    unsure = belief(planner, mastery, {s: 4.0 for s in others}, elsewhere=0.8)
    row = planner.rows[TYPES_ONLY.id]
    area = planner.area_means[list(planner.skill_map.areas).index("python")]
    assert area @ big_phi_array(sure.skill_means) > BAR
    settled, predicted_sure, _ = planner.scores(sure, history={}, due={}, now=T0)
    open_, predicted_unsure, _ = planner.scores(unsure, history={}, due={}, now=T0)
    assert predicted_sure[row] == pytest.approx(predicted_unsure[row])
    assert settled[row] < 0.7 * open_[row]


def test_the_first_suggestion_is_the_same_however_many_are_asked_for(planner: Planner) -> None:
    # Data types are due for review but mastered; NumPy needs work. Three suggestions
    # include the review; asking for one gives the best step, not the review.
    state = belief(planner, {TYPES: 0.95, BROADCASTING: 0.3, INDEXING: 0.35}, {})
    due = {TYPES: DueSkill(TYPES, T0 - timedelta(days=3), 3)}
    three = planner.recommend(state, history={}, due=due, now=T0, limit=3)
    [one] = planner.recommend(state, history={}, due=due, now=T0, limit=1)
    assert not three[0].review
    assert [r.exercise.id for r in three if r.review] == [TYPES_ONLY.id]
    assert one.exercise.id == three[0].exercise.id


def test_only_a_skill_with_evidence_is_called_close_to_mastered(planner: Planner) -> None:
    # NumPy indexing sits just under the bar in both beliefs; in one it was shown in
    # attempts, in the other the prior alone puts it there (nothing shown yet).
    close = BAR - 0.05
    shown = belief(planner, {INDEXING: close, BROADCASTING: 0.3}, {})
    prior = belief(planner, {INDEXING: close, BROADCASTING: 0.3}, {})
    prior.evidence[planner.space.index[INDEXING]] = 0

    def reasons(state: Belief) -> tuple[str, ...]:
        steps = planner.recommend(state, history={}, due={}, now=T0, limit=len(EXERCISES))
        index = next(e for e in EXERCISES if e.skills == (INDEXING,))
        return next(s.reasons for s in steps if s.exercise.id == index.id)

    title = planner.skill_map.skills[INDEXING].title
    assert f"close to mastered: {title}" in reasons(shown)
    assert f"close to mastered: {title}" not in reasons(prior)
    assert f"you have not yet shown {title}" in reasons(prior)


def test_each_failure_in_a_row_on_an_exercise_lowers_it_until_a_pass(planner: Planner) -> None:
    # The learner keeps failing the easier broadcasting exercise: after a few failures
    # the other exercise on the same skill comes first; a pass ends the streak.
    state = belief(planner, {BROADCASTING: 0.45, TYPES: 0.9, INDEXING: 0.9}, {})
    easy_id, hard_id = EXERCISES[1].id, EXERCISES[3].id  # broadcast, broadcast_more
    easier, harder = planner.rows[easy_id], planner.rows[hard_id]
    fresh, _, _ = planner.scores(state, history={}, due={}, now=T0)
    assert fresh[easier] > fresh[harder]

    def after(fails: int) -> np.ndarray:
        past = ExerciseHistory(attempts=fails, fails_in_a_row=fails)
        scored, _, _ = planner.scores(state, history={easy_id: past}, due={}, now=T0)
        return scored

    once, four = after(1), after(4)
    assert once[easier] == pytest.approx(FAILED_FACTOR * fresh[easier])
    assert four[easier] == pytest.approx(FAILED_FACTOR**4 * fresh[easier])
    assert four[harder] == pytest.approx(fresh[harder])
    assert four[easier] < four[harder]
    steps = planner.recommend(state, history={easy_id: ExerciseHistory(4, 0, 4)}, due={}, now=T0)
    assert steps[0].exercise.id == hard_id
    # Failed, then passed (an hour ago, so it is an exercise passed today): no streak.
    passed = ExerciseHistory(3, 1, 0, last_pass_at=T0 - timedelta(hours=1))
    scored, _, _ = planner.scores(state, history={easy_id: passed}, due={}, now=T0)
    assert scored[easier] == pytest.approx(PASSED_TODAY_FACTOR * fresh[easier])
