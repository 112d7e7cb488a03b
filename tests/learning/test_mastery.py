"""The learner model's updates, on hand-made attempt histories."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mldojo.catalog.exercise import load_exercise
from mldojo.learning.evidence import AttemptRecord, Repeat, digest, facts_of
from mldojo.learning.mastery import MasteryModel, SkillSpace
from tests.conftest import CONTENT
from tests.learning.history import (
    BROADCASTING,
    INDEXING,
    T0,
    TYPES,
    VECTORISATION,
    evidence_of,
    exercise,
    model_after,
    record,
    skill_map,
)

EASY = exercise("easy", difficulty=1)
HARD = exercise("hard", difficulty=5)
MEDIUM = exercise("medium", difficulty=3)
OTHER = exercise("other", difficulty=3)


@pytest.fixture(scope="module")
def space() -> SkillSpace:
    return SkillSpace.from_skill_map(skill_map())


def mastery(model: MasteryModel, skill: str = BROADCASTING, day: float = 0.01) -> float:
    return model.belief(T0 + timedelta(days=day)).skill(skill).value


def test_no_evidence_is_the_prior_with_a_wide_interval(space: SkillSpace) -> None:
    belief = MasteryModel(space).belief(T0)
    skill = belief.skill(BROADCASTING)
    assert skill.evidence == 0 and skill.high - skill.low > 0.6
    area = belief.area("stack")
    assert area.evidence == 0 and area.high - area.low > 0.4
    assert all(belief.skill(s).value == pytest.approx(skill.value) for s in space.ids)


def test_a_harder_pass_raises_mastery_more(space: SkillSpace) -> None:
    after_easy = model_after(space, [EASY], [record(EASY, True)])
    after_hard = model_after(space, [HARD], [record(HARD, True)])
    before = mastery(MasteryModel(space))
    assert before < mastery(after_easy) < mastery(after_hard)
    assert mastery(after_hard) - before > 2 * (mastery(after_easy) - before)


def test_a_harder_failure_lowers_mastery_less(space: SkillSpace) -> None:
    before = mastery(MasteryModel(space))
    after_easy = model_after(space, [EASY], [record(EASY, False)])
    after_hard = model_after(space, [HARD], [record(HARD, False)])
    assert mastery(after_easy) < mastery(after_hard) < before


def test_a_pass_after_hints_counts_less_and_after_the_solution_little(space: SkillSpace) -> None:
    before = mastery(MasteryModel(space))
    clean = mastery(model_after(space, [MEDIUM], [record(MEDIUM, True)])) - before
    hinted = mastery(model_after(space, [MEDIUM], [record(MEDIUM, True, hints=2)])) - before
    copied = mastery(model_after(space, [MEDIUM], [record(MEDIUM, True, solution=True)])) - before
    assert clean > hinted > copied > 0
    assert hinted < 0.75 * clean and copied < 0.15 * clean


def test_fresh_exercises_count_more_than_repeats(space: SkillSpace) -> None:
    fresh = evidence_of([MEDIUM, OTHER], [record(MEDIUM, True), record(OTHER, True, day=0.01)])
    repeat = evidence_of([MEDIUM], [record(MEDIUM, True), record(MEDIUM, True, day=0.01)])
    later = evidence_of([MEDIUM], [record(MEDIUM, True), record(MEDIUM, True, day=9)])
    assert [e.repeat for e in repeat] == [Repeat.FRESH, Repeat.REPASS_SOON]
    assert repeat[1].weight < later[1].weight < fresh[1].weight
    two_fresh = model_after(space, [MEDIUM, OTHER], [record(MEDIUM, True), record(OTHER, True)])
    two_same = model_after(space, [MEDIUM], [record(MEDIUM, True), record(MEDIUM, True)])
    assert mastery(two_fresh) > mastery(two_same)


def test_the_same_code_checked_again_says_almost_nothing() -> None:
    [first, again, later] = evidence_of(
        [MEDIUM],
        [
            record(MEDIUM, True, source="abc"),
            record(MEDIUM, True, day=0.2, source="abc"),
            record(MEDIUM, True, day=5, source="abc"),
        ],
    )
    assert again.repeat is Repeat.SAME_SOURCE and again.weight < 0.1 * first.weight
    # Days later, writing the same code again is a recall, like any later re-pass.
    assert later.repeat is Repeat.REPASS_LATER and later.weight > 0.5 * first.weight


def test_an_old_file_checked_again_days_later_is_no_recall() -> None:
    """Many lines of one's own the same to the character are the old file or draft
    checked again; a one-line answer is written again the same from memory."""
    broadcast = load_exercise(CONTENT, CONTENT / "stack" / "numpy" / "broadcast_add")
    facts = facts_of(broadcast)
    one_line = broadcast.starter().replace(
        'raise NotImplementedError("add_row_offsets is not written yet")',
        "return X + offsets[:, None]",
    )
    own = "\n".join(
        [
            "import numpy as np",
            "def add_row_offsets(X, offsets):",
            "    column = np.asarray(offsets)",
            "    column = column.reshape(-1, 1)",
            "    total = X + column",
            "    return total",
        ]
    )

    def checked(code: str, day: float) -> AttemptRecord:
        at = T0 + timedelta(days=day)
        return AttemptRecord(facts.id, at, True, "passed", source_digest=digest(code), source=code)

    for code, repeat in ((one_line, Repeat.REPASS_LATER), (own, Repeat.SAME_SOURCE)):
        _, later = evidence_of([facts], [checked(code, 0), checked(code + "\n\n", 5)])
        assert later.repeat is repeat, code
    # Code of one's own written anew (a line differs) is a recall.
    _, rewritten = evidence_of([facts], [checked(own, 0), checked(own + "  # again", 5)])
    assert rewritten.repeat is Repeat.REPASS_LATER


def test_interrupted_checks_and_untouched_starters_are_no_evidence() -> None:
    starter = exercise("with_starter")
    starter = type(starter)(**{**starter.__dict__, "starter_digest": "start"})
    interrupted = record(MEDIUM, False)
    interrupted = type(interrupted)(**{**interrupted.__dict__, "status": "interrupted"})
    assert evidence_of([MEDIUM], [interrupted]) == []
    assert evidence_of([starter], [record(starter, False, source="start")]) == []
    assert len(evidence_of([starter], [record(starter, False, source="edited")])) == 1


def test_mastery_decays_with_time_and_the_interval_widens(space: SkillSpace) -> None:
    model = model_after(space, [MEDIUM, OTHER], [record(MEDIUM, True), record(OTHER, True)])
    soon = model.belief(T0 + timedelta(days=1)).skill(BROADCASTING)
    late = model.belief(T0 + timedelta(days=90)).skill(BROADCASTING)
    assert late.value < soon.value
    assert late.high - late.low > soon.high - soon.low
    prior = MasteryModel(space).belief(T0).skill(BROADCASTING)
    assert late.value > prior.value  # forgetting takes part of the lead, not all of it


def test_more_passes_are_forgotten_more_slowly(space: SkillSpace) -> None:
    once = model_after(space, [MEDIUM], [record(MEDIUM, True)])
    spaced = [record(MEDIUM, True), record(OTHER, True, day=3), record(EASY, True, day=7)]
    often = model_after(space, [MEDIUM, OTHER, EASY], spaced)

    def kept(model: MasteryModel, last_day: float) -> float:
        start = mastery(model, day=last_day + 0.01)
        end = mastery(model, day=last_day + 60)
        return end / start

    assert kept(often, 7) > kept(once, 0)


def test_strong_evidence_on_a_skill_raises_its_prerequisites(space: SkillSpace) -> None:
    dependant = exercise("vectorise", skill=VECTORISATION, difficulty=4)
    before = mastery(MasteryModel(space), INDEXING)
    once = mastery(model_after(space, [dependant], [record(dependant, True)]), INDEXING)
    passes = [record(dependant, True), record(dependant, True, day=2)]
    twice = mastery(model_after(space, [dependant], passes), INDEXING)
    assert before < once < twice


def test_failing_a_prerequisite_lowers_what_its_dependants_can_claim(space: SkillSpace) -> None:
    basics = exercise("index", skill=INDEXING, difficulty=1)
    before = MasteryModel(space).belief(T0).skill(VECTORISATION)
    fails = [record(basics, False), record(basics, False, day=0.1), record(basics, False, day=1)]
    after = (
        model_after(space, [basics], fails).belief(T0 + timedelta(days=1.1)).skill(VECTORISATION)
    )
    assert after.value < before.value and after.high < before.high
    unrelated = MasteryModel(space).belief(T0).skill("soft.communication.audience")
    far = model_after(space, [basics], fails).belief(T0 + timedelta(days=1.1))
    # Related skills move more than skills in another area (which move through the
    # general factor only).
    assert before.value - after.value > 1.5 * abs(
        unrelated.value - far.skill("soft.communication.audience").value
    )


def test_evidence_narrows_the_interval(space: SkillSpace) -> None:
    history = [record(MEDIUM, True), record(OTHER, False, day=1), record(HARD, True, day=2)]
    model = model_after(space, [MEDIUM, OTHER, HARD], history)
    after = model.belief(T0 + timedelta(days=2.01)).skill(BROADCASTING)
    before = MasteryModel(space).belief(T0).skill(BROADCASTING)
    assert after.evidence == 3
    assert after.high - after.low < before.high - before.low
    assert after.low <= after.value <= after.high


def test_predictions_follow_difficulty_help_and_evidence(space: SkillSpace) -> None:
    model = MasteryModel(space)
    assert model.predict(EASY, T0) > model.predict(MEDIUM, T0) > model.predict(HARD, T0)
    assert model.predict(MEDIUM, T0, hints=2) > model.predict(MEDIUM, T0)
    assert model.predict(MEDIUM, T0, after_solution=True) > 0.7
    strong = model_after(space, [MEDIUM, OTHER], [record(MEDIUM, True), record(OTHER, True)])
    assert strong.predict(HARD, T0 + timedelta(hours=1)) > model.predict(HARD, T0)


def test_a_choice_question_can_be_guessed(space: SkillSpace) -> None:
    choice = exercise("pick", difficulty=5, guess=0.25)
    assert MasteryModel(space).predict(choice, T0) > 0.25
    before = mastery(MasteryModel(space))
    gain_choice = mastery(model_after(space, [choice], [record(choice, True)])) - before
    gain_code = mastery(model_after(space, [HARD], [record(HARD, True)])) - before
    assert gain_choice < gain_code  # a lucky pick is possible, lucky code is not


def test_a_failure_on_two_skills_falls_on_the_weaker(space: SkillSpace) -> None:
    # Broadcasting is shown weak and data types strong; then an exercise needing both
    # is failed: the blame goes to broadcasting, while a pass raises both.
    weak = exercise("weak", difficulty=2)
    strong = exercise("strong", skill=TYPES, difficulty=4)
    both = exercise("both", difficulty=3, also=(TYPES,))
    shown = [
        record(weak, False),
        record(weak, False, day=1),
        record(strong, True, day=1.5),
        record(strong, True, day=2),
    ]
    exercises = [weak, strong, both]
    before = model_after(space, exercises, shown)
    failed = model_after(space, exercises, [*shown, record(both, False, day=2.01)])
    passed = model_after(space, exercises, [*shown, record(both, True, day=2.01)])

    def change(model: MasteryModel, skill: str) -> float:
        return mastery(model, skill, day=2.02) - mastery(before, skill, day=2.02)

    assert mastery(before, BROADCASTING, day=2.02) < mastery(before, TYPES, day=2.02)
    assert change(failed, BROADCASTING) < 0
    assert -change(failed, BROADCASTING) > 5 * abs(change(failed, TYPES))
    assert change(passed, BROADCASTING) > 0 and change(passed, TYPES) > 0


def test_the_learning_rate_follows_the_learner(space: SkillSpace) -> None:
    # Two learners start alike; one then passes ever harder exercises, the other keeps
    # failing the next one. The first is taken to learn faster than a new learner.
    steps = [exercise(f"step{i}", difficulty=min(5, 2 + i // 2)) for i in range(8)]
    start = [record(steps[0], False), record(steps[0], True, day=0.1)]
    fast = start + [record(e, True, day=1 + i) for i, e in enumerate(steps[1:])]
    slow = start + [record(steps[1], False, day=1 + i) for i in range(7)]
    prior = MasteryModel(space).mean[space.rate]
    assert model_after(space, steps, fast).mean[space.rate] > prior + 0.05
    assert model_after(space, steps, slow).mean[space.rate] < prior
