"""Progressive hints and the reference solution, each view recorded."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mldojo.catalog.exercise import Exercise
from mldojo.store.engine import Store
from mldojo.store.models import HintView, SolutionView


@dataclass(frozen=True)
class HintShown:
    number: int  # 1-based
    total: int
    text: str | None  # None once every hint has been shown

    @property
    def last(self) -> bool:
        return self.number >= self.total


def next_hint(store: Store, *, learner: str, exercise: Exercise) -> HintShown:
    """Show one more hint than before, and record it; past the last, say so."""
    hints = exercise.hints

    def reveal(session: Session) -> HintShown:
        seen = (
            session.scalar(
                select(func.count(func.distinct(HintView.hint_index))).where(
                    HintView.learner_id == learner, HintView.exercise_id == exercise.id
                )
            )
            or 0
        )
        if seen >= len(hints):
            return HintShown(number=len(hints), total=len(hints), text=None)
        session.add(HintView(learner_id=learner, exercise_id=exercise.id, hint_index=seen))
        return HintShown(number=seen + 1, total=len(hints), text=hints[seen])

    return store.write(reveal)


def hints_seen(store: Store, *, learner: str, exercise: Exercise) -> list[str]:
    with store.session() as session:
        indexes = session.scalars(
            select(HintView.hint_index)
            .where(HintView.learner_id == learner, HintView.exercise_id == exercise.id)
            .distinct()
            .order_by(HintView.hint_index)
        )
        return [exercise.hints[i] for i in indexes if i < len(exercise.hints)]


@dataclass(frozen=True)
class SolutionShown:
    code: str
    note: str


def view_solution(store: Store, *, learner: str, exercise: Exercise) -> SolutionShown:
    """Record that the learner saw the reference; later attempts count as after-solution."""
    store.write(
        lambda session: session.add(
            SolutionView(
                learner_id=learner, exercise_id=exercise.id, exercise_version=exercise.version
            )
        )
    )
    code, note = exercise.solution_with_note()
    return SolutionShown(code=code, note=note)
