"""Progress: status per exercise (new, tried, passed), totals per area, and what to do next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select

from mldojo.catalog.catalog import Catalog
from mldojo.catalog.exercise import Exercise
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, HintView, SolutionView


class ExerciseStatus(StrEnum):
    NEW = "new"
    TRIED = "tried"
    PASSED = "passed"


@dataclass(frozen=True)
class ExerciseProgress:
    exercise_id: str
    attempts: int = 0
    passes: int = 0
    hints_seen: int = 0
    solution_seen: bool = False
    last_attempt_at: datetime | None = None

    @property
    def status(self) -> ExerciseStatus:
        if self.passes:
            return ExerciseStatus.PASSED
        return ExerciseStatus.TRIED if self.attempts else ExerciseStatus.NEW

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.exercise_id,
            "status": self.status.value,
            "attempts": self.attempts,
            "passes": self.passes,
            "hints_seen": self.hints_seen,
            "solution_seen": self.solution_seen,
            "last_attempt_at": self.last_attempt_at.isoformat() if self.last_attempt_at else None,
        }


def exercise_progress(store: Store, *, learner: str) -> dict[str, ExerciseProgress]:
    """Everything the learner has done, per exercise id (interrupted checks count as tries)."""
    with store.session() as session:
        attempts = session.execute(
            select(
                Attempt.exercise_id,
                func.count(),
                func.sum(case((Attempt.passed.is_(True), 1), else_=0)),
                func.max(Attempt.started_at),
            )
            .where(Attempt.learner_id == learner)
            .group_by(Attempt.exercise_id)
        ).all()
        hints: dict[str, int] = {
            exercise_id: count
            for exercise_id, count in session.execute(
                select(HintView.exercise_id, func.count(func.distinct(HintView.hint_index)))
                .where(HintView.learner_id == learner)
                .group_by(HintView.exercise_id)
            )
        }
        solutions = set(
            session.scalars(
                select(SolutionView.exercise_id).where(SolutionView.learner_id == learner)
            )
        )
    ids = {row[0] for row in attempts} | set(hints) | solutions
    by_id = {row[0]: row for row in attempts}
    result = {}
    for exercise_id in ids:
        row = by_id.get(exercise_id)
        result[exercise_id] = ExerciseProgress(
            exercise_id=exercise_id,
            attempts=int(row[1]) if row else 0,
            passes=int(row[2] or 0) if row else 0,
            hints_seen=int(hints.get(exercise_id, 0)),
            solution_seen=exercise_id in solutions,
            last_attempt_at=row[3] if row else None,
        )
    return result


def status_of(progress: dict[str, ExerciseProgress], exercise_id: str) -> ExerciseStatus:
    entry = progress.get(exercise_id)
    return entry.status if entry else ExerciseStatus.NEW


@dataclass(frozen=True)
class AreaProgress:
    id: str
    title: str
    exercises: int
    tried: int
    passed: int
    attempts: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "exercises": self.exercises,
            "tried": self.tried,
            "passed": self.passed,
            "attempts": self.attempts,
        }


def area_progress(catalog: Catalog, progress: dict[str, ExerciseProgress]) -> list[AreaProgress]:
    areas = []
    for area in catalog.skills.areas.values():
        exercises = catalog.ordered(area=area.id)
        entries = [progress.get(e.id) for e in exercises]
        areas.append(
            AreaProgress(
                id=area.id,
                title=area.title,
                exercises=len(exercises),
                tried=sum(1 for p in entries if p and p.status is not ExerciseStatus.NEW),
                passed=sum(1 for p in entries if p and p.status is ExerciseStatus.PASSED),
                attempts=sum(p.attempts for p in entries if p),
            )
        )
    return areas


def progress_report(catalog: Catalog, store: Store, *, learner: str) -> dict[str, Any]:
    """The `mldojo progress --json` document."""
    progress = exercise_progress(store, learner=learner)
    # Attempts at exercises this catalog lacks: those of a pack not loaded this time.
    elsewhere = [p for exercise_id, p in progress.items() if exercise_id not in catalog.exercises]
    return {
        "areas": [a.to_json() for a in area_progress(catalog, progress)],
        "exercises": [
            dict(progress.get(e.id, ExerciseProgress(e.id)).to_json(), area=e.area, title=e.title)
            for e in catalog.ordered()
        ],
        "not_in_catalog": {
            "exercises": len(elsewhere),
            "attempts": sum(p.attempts for p in elsewhere),
        },
    }


@dataclass(frozen=True)
class Suggestion:
    """A next step on the home screen: an exercise and why (from the learner model)."""

    exercise: Exercise
    reason: str


def _anywhere(exercise: Exercise) -> bool:
    return True


def next_after(
    catalog: Catalog,
    progress: dict[str, ExerciseProgress],
    exercise_id: str,
    *,
    runnable: Callable[[Exercise], bool] = _anywhere,
) -> Exercise | None:
    """The first exercise after this one, in teaching order, not yet passed, that this
    machine can run."""
    for exercise in catalog.after(exercise_id):
        if status_of(progress, exercise.id) is not ExerciseStatus.PASSED and runnable(exercise):
            return exercise
    return None
