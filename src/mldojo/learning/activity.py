"""The learner's activity mark: a small value that changes whenever anything the
learner model reads changes (an attempt started or finished, a hint or the solution
seen, a journal entry), so a long-lived interface knows when what it derived from the
record is stale without deriving it again. It is asked for on every page view, so it
is one query, built once, on a bare connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Select, bindparam, func, select

from mldojo.store.engine import Store
from mldojo.store.models import Attempt, Draft, HintView, JournalEntry, SolutionView

_LEARNER: BindParameter[str] = bindparam("learner")


def _mark_query(with_draft: bool) -> Select[Any]:
    attempts = Attempt.learner_id == _LEARNER
    columns = [
        select(func.max(Attempt.id)).where(attempts).scalar_subquery(),
        select(func.count(Attempt.finished_at)).where(attempts).scalar_subquery(),
        select(func.max(HintView.id)).where(HintView.learner_id == _LEARNER).scalar_subquery(),
        select(func.max(SolutionView.id))
        .where(SolutionView.learner_id == _LEARNER)
        .scalar_subquery(),
        select(func.max(JournalEntry.id))
        .where(JournalEntry.learner_id == _LEARNER)
        .scalar_subquery(),
    ]
    if with_draft:
        columns.append(
            select(Draft.updated_at)
            .where(Draft.learner_id == _LEARNER, Draft.exercise_id == bindparam("exercise"))
            .scalar_subquery()
        )
    return select(*columns)


_RECORD = _mark_query(with_draft=False)
_RECORD_AND_DRAFT = _mark_query(with_draft=True)


def activity_mark(store: Store, *, learner: str, draft_of: str | None = None) -> tuple[Any, ...]:
    """One row of counters (and, with `draft_of`, when that exercise's draft was last
    saved); equal marks mean an unchanged record."""
    with store.engine.connect() as connection:
        if draft_of is None:
            row = connection.execute(_RECORD, {"learner": learner}).one()
        else:
            row = connection.execute(
                _RECORD_AND_DRAFT, {"learner": learner, "exercise": draft_of}
            ).one()
    return tuple(row)
