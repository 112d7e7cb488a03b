"""Where one learner stands now: stored attempts replayed through the learner model.

This is the only place that reads attempts for the model: it turns rows into
`AttemptRecord`s, builds the evidence, replays the mastery model, and brings the
stored review cards up to date. Everything downstream (`next`, review, the report,
the home screen) reads the `Standing` it returns.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from mldojo.catalog.catalog import Catalog
from mldojo.learning.evidence import (
    AttemptRecord,
    Evidence,
    EvidenceBuilder,
    ExerciseFacts,
    ExerciseHistory,
    catalog_facts,
    digest,
)
from mldojo.learning.mastery import Belief, MasteryModel, big_phi, replay
from mldojo.learning.recommend import Planner, Recommendation
from mldojo.learning.review import DueSkill, ReviewBook, sync_cards
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, SolutionView

RUNNING = "running"


@dataclass(frozen=True)
class Standing:
    catalog: Catalog
    facts: dict[str, ExerciseFacts]
    evidence: list[Evidence]
    model: MasteryModel
    belief: Belief
    book: ReviewBook
    history: dict[str, ExerciseHistory]
    planner: Planner
    now: datetime

    @property
    def empty(self) -> bool:
        """No attempt has said anything about the learner yet."""
        return not self.evidence

    def prior_mastery(self, skill_id: str) -> float:
        """The skill's mastery for a learner with no evidence yet."""
        space = self.planner.space
        return big_phi(float(space.mean[space.index[skill_id]]))

    @property
    def due(self) -> dict[str, DueSkill]:
        return {
            d.skill_id: d for d in self.book.due(self.now) if d.skill_id in self.belief.space.index
        }

    def recommend(self, limit: int = 3, skip: Collection[str] = ()) -> list[Recommendation]:
        return self.planner.recommend(
            self.belief, history=self.history, due=self.due, now=self.now, limit=limit, skip=skip
        )


def attempt_records(store: Store, *, learner: str) -> tuple[list[AttemptRecord], int | None]:
    """The learner's attempts, oldest first, and the id of the first one still running."""
    with store.session() as session:
        rows = session.execute(
            select(
                Attempt.id,
                Attempt.exercise_id,
                Attempt.started_at,
                Attempt.finished_at,
                Attempt.passed,
                Attempt.status,
                Attempt.hints_seen,
                Attempt.after_solution,
                Attempt.source,
            )
            .where(Attempt.learner_id == learner)
            .order_by(Attempt.id)
        ).all()
    records = []
    running: int | None = None
    for row in rows:
        if row.status == RUNNING:
            running = row.id if running is None else running
            continue
        records.append(
            AttemptRecord(
                exercise_id=row.exercise_id,
                at=row.finished_at or row.started_at,
                passed=bool(row.passed),
                status=row.status,
                hints_seen=row.hints_seen,
                after_solution=row.after_solution,
                source_digest=digest(row.source) if row.source else None,
                attempt_id=row.id,
                source=row.source,
            )
        )
    return records, running


def solution_reads(store: Store, *, learner: str) -> dict[str, datetime]:
    """When the learner last read each exercise's solution."""
    with store.session() as session:
        rows = session.execute(
            select(SolutionView.exercise_id, func.max(SolutionView.viewed_at))
            .where(SolutionView.learner_id == learner)
            .group_by(SolutionView.exercise_id)
        ).all()
    return {exercise_id: at for exercise_id, at in rows}


@dataclass(frozen=True)
class CatalogModel:
    """What the model needs of the catalog alone: the same for every learner and every
    call, so a long-running interface works it out once (it reads every starter)."""

    facts: dict[str, ExerciseFacts]
    planner: Planner

    @classmethod
    def build(cls, catalog: Catalog) -> CatalogModel:
        facts = catalog_facts(catalog)
        return cls(facts, Planner.build(catalog.skills, list(facts.values())))


def load_standing(
    store: Store,
    catalog: Catalog,
    *,
    learner: str,
    now: datetime | None = None,
    shared: CatalogModel | None = None,
) -> Standing:
    """Replay the learner's history and sync the review cards; `now` defaults to now.
    `shared`: the catalog's part, when the caller keeps it (built here otherwise)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    shared = shared or CatalogModel.build(catalog)
    facts, planner = shared.facts, shared.planner
    records, running = attempt_records(store, learner=learner)
    builder = EvidenceBuilder(facts)
    evidence = builder.add_all(r for r in records if r.at <= now)
    for exercise_id, at in solution_reads(store, learner=learner).items():
        if exercise_id in facts and at <= now:
            builder.history.setdefault(exercise_id, ExerciseHistory()).solution_read_at = at
    model = replay(planner.space, evidence)
    book = sync_cards(
        store,
        learner=learner,
        evidence=evidence,
        upto=None if running is None else running - 1,
    )
    return Standing(
        catalog=catalog,
        facts=facts,
        evidence=evidence,
        model=model,
        belief=model.belief(now),
        book=book,
        history=builder.history,
        planner=planner,
        now=now,
    )
