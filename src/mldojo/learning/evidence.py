"""From attempts to weighted evidence: what one check says about the learner's skills.

Everything here is plain data and pure functions, so the learner model, its tests
and the benchmark feed it in-memory histories exactly as the product feeds it the
attempts it stored. The weights and why each has its value are in
docs/learner-model.md.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from mldojo.catalog.catalog import Catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind

# How much one attempt counts, as a power on its likelihood (1 = a full observation).
# Harder exercises cover more of a skill and are hard to pass by luck.
DIFFICULTY_WEIGHT = {1: 0.6, 2: 0.7, 3: 0.8, 4: 0.9, 5: 1.0}
# A pass after 0, 1, 2, 3+ hints: each hint gives away part of the answer.
HINT_FACTOR = (1.0, 0.6, 0.45, 0.35)
# A pass after seeing the reference shows it was copied or followed, not known.
SOLUTION_FACTOR = 0.1
# Passing an exercise passed before: within a day it is mostly memory of one's own
# code; a day or more later it is a (weaker) recall of the skill.
REPASS_SOON_FACTOR = 0.4
REPASS_LATER_FACTOR = 0.8
REPASS_SOON_DAYS = 1.0
# The same source checked again within a day (a fresh seed, the same file) adds almost
# nothing; writing the same code again a day or more later is a recall like a re-pass.
SAME_SOURCE_FACTOR = 0.05
# ...unless more lines of it than this are the learner's own (not the starter's): a
# choice, a formula or a one-line fix is written again the same from memory, but that
# many lines the same to the character are the old file or draft checked again.
REWRITTEN_LINES_AT_MOST = 3
# Failing the same exercise again in a row is mostly the same misunderstanding.
REFAIL_FACTOR = 0.6
REFAIL_FLOOR = 0.25

# The chance of a pass without the skill: picking the right option at random for a
# single-answer choice, next to nothing for code that has to pass generated cases.
GUESS_CODE = 0.03
COUNTED_STATUSES = frozenset({"passed", "failed", "error", "timeout", "crashed"})


class Repeat(StrEnum):
    FRESH = "fresh"  # first pass of this exercise, or any try before one
    REPASS_SOON = "repass-soon"
    REPASS_LATER = "repass-later"
    SAME_SOURCE = "same-source"


@dataclass(frozen=True)
class ExerciseFacts:
    """What the model needs to know about an exercise."""

    id: str
    title: str
    area: str
    skills: tuple[str, ...]
    difficulty: int
    minutes: int = 10
    guess: float = GUESS_CODE
    starter_digest: str | None = None
    starter_lines: frozenset[str] = frozenset()  # as `own_lines` compares them


@dataclass(frozen=True)
class AttemptRecord:
    """One graded attempt, as the model sees it (no database types)."""

    exercise_id: str
    at: datetime  # aware UTC, as the store hands every time back
    passed: bool
    status: str = ""
    hints_seen: int = 0
    after_solution: bool = False
    source_digest: str | None = None
    attempt_id: int | None = None
    source: str | None = None  # the code checked, where it is known


@dataclass(frozen=True)
class Evidence:
    """One attempt that counts, with its weight and the reasons for it."""

    exercise: ExerciseFacts
    at: datetime
    passed: bool
    weight: float
    hints: int
    after_solution: bool
    repeat: Repeat
    first_of_day: bool  # the first try of this exercise on this day: a recall, for review
    attempt_id: int | None = None

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass
class ExerciseHistory:
    """What the learner has done on one exercise so far."""

    attempts: int = 0
    passes: int = 0
    fails_in_a_row: int = 0
    last_at: datetime | None = None
    last_pass_at: datetime | None = None
    days: set[date] = field(default_factory=set)
    digests: dict[str, datetime] = field(default_factory=dict)  # source -> last checked
    solution_read_at: datetime | None = None  # when the learner last read its solution

    @property
    def read_not_passed(self) -> bool:
        """The solution was read and the exercise not passed since: a pass now would show
        what was read more than what was learned."""
        read, passed = self.solution_read_at, self.last_pass_at
        return read is not None and (passed is None or passed < read)


def digest(source: str) -> str:
    """A fingerprint of a source that ignores trailing spaces and blank lines."""
    lines = [line.rstrip() for line in source.strip().splitlines()]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


def _lines(source: str) -> set[str]:
    return {stripped for line in source.splitlines() if (stripped := line.strip())}


def own_lines(source: str, facts: ExerciseFacts) -> int:
    """How many different lines of `source` (spaces around them aside) the starter lacks."""
    return len(_lines(source) - facts.starter_lines)


def guess_rate(exercise: Exercise) -> float:
    choice = exercise.meta.choice
    if exercise.kind is Kind.CHOICE and choice is not None:
        options = len(choice.options)
        return 1.0 / (2**options - 1) if choice.multiple else 1.0 / options
    return GUESS_CODE


def facts_of(exercise: Exercise, *, with_starter: bool = True) -> ExerciseFacts:
    starter = None
    starter_lines: frozenset[str] = frozenset()
    if with_starter:
        try:
            text = exercise.starter()
        except OSError:
            text = None
        if text is not None:
            starter, starter_lines = digest(text), frozenset(_lines(text))
    return ExerciseFacts(
        id=exercise.id,
        title=exercise.title,
        area=exercise.area,
        skills=tuple(exercise.meta.skills),
        difficulty=exercise.difficulty,
        minutes=exercise.meta.minutes,
        guess=guess_rate(exercise),
        starter_digest=starter,
        starter_lines=starter_lines,
    )


def catalog_facts(catalog: Catalog, *, with_starters: bool = True) -> dict[str, ExerciseFacts]:
    """Facts for every exercise, in teaching order."""
    return {e.id: facts_of(e, with_starter=with_starters) for e in catalog.exercises.values()}


def attempt_weight(
    facts: ExerciseFacts, record: AttemptRecord, history: ExerciseHistory
) -> tuple[float, Repeat]:
    """The weight of one attempt given what came before on the same exercise
    (`record.at` in UTC)."""
    weight = DIFFICULTY_WEIGHT[facts.difficulty]
    seen = history.digests.get(record.source_digest) if record.source_digest else None
    if seen is not None and (
        (record.at - seen).total_seconds() < REPASS_SOON_DAYS * 86400
        or (record.source is not None and own_lines(record.source, facts) > REWRITTEN_LINES_AT_MOST)
    ):
        return weight * SAME_SOURCE_FACTOR, Repeat.SAME_SOURCE
    repeat = Repeat.FRESH
    if record.passed:
        # Help discounts passes only: a failure with help is still a failure.
        if record.after_solution:
            weight *= SOLUTION_FACTOR
        else:
            weight *= HINT_FACTOR[min(record.hints_seen, len(HINT_FACTOR) - 1)]
        if history.last_pass_at is not None:
            days = (record.at - history.last_pass_at).total_seconds() / 86400
            if days < REPASS_SOON_DAYS:
                weight, repeat = weight * REPASS_SOON_FACTOR, Repeat.REPASS_SOON
            else:
                weight, repeat = weight * REPASS_LATER_FACTOR, Repeat.REPASS_LATER
    elif history.fails_in_a_row:
        weight *= max(REFAIL_FLOOR, REFAIL_FACTOR**history.fails_in_a_row)
    return weight, repeat


class EvidenceBuilder:
    """Turns attempts, in the order they were made, into evidence."""

    def __init__(self, exercises: Mapping[str, ExerciseFacts]) -> None:
        self.exercises = exercises
        self.history: dict[str, ExerciseHistory] = {}

    def add(self, record: AttemptRecord) -> Evidence | None:
        """The evidence of one attempt, or None when it says nothing about the learner:
        unfinished or interrupted, an exercise no longer in the catalog, or the
        untouched starter."""
        facts = self.exercises.get(record.exercise_id)
        if facts is None or (record.status and record.status not in COUNTED_STATUSES):
            return None
        if record.source_digest is not None and record.source_digest == facts.starter_digest:
            return None
        at = record.at
        history = self.history.setdefault(facts.id, ExerciseHistory())
        weight, repeat = attempt_weight(facts, record, history)
        evidence = Evidence(
            exercise=facts,
            at=at,
            passed=record.passed,
            weight=weight,
            hints=record.hints_seen,
            after_solution=record.after_solution,
            repeat=repeat,
            first_of_day=at.date() not in history.days,
            attempt_id=record.attempt_id,
        )
        history.attempts += 1
        history.last_at = at
        history.days.add(at.date())
        if record.source_digest is not None:
            history.digests[record.source_digest] = at
        if record.passed:
            history.passes += 1
            history.last_pass_at = at
            history.fails_in_a_row = 0
        else:
            history.fails_in_a_row += 1
        return evidence

    def add_all(self, records: Iterable[AttemptRecord]) -> list[Evidence]:
        found = (self.add(r) for r in sorted(records, key=lambda r: r.at))
        return [e for e in found if e is not None]
