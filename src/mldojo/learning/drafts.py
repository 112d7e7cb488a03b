"""Drafts: the learner's latest unsubmitted code per exercise, kept in the store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mldojo.grading.submission import check_source
from mldojo.store.engine import Store
from mldojo.store.models import Draft, utcnow


def save_draft(store: Store, *, learner: str, exercise_id: str, source: str) -> None:
    """Keep `source` as the draft; code a check would refuse (too large, NUL characters)
    is refused here too, and the last draft stays as it was."""
    check_source(source, exercise_id)

    def upsert(session: Session) -> None:
        draft = session.get(Draft, (learner, exercise_id))
        if draft is None:
            session.add(Draft(learner_id=learner, exercise_id=exercise_id, source=source))
        else:
            draft.source = source
            draft.updated_at = utcnow()

    store.write(upsert)


def load_draft(store: Store, *, learner: str, exercise_id: str) -> str | None:
    with store.session() as session:
        draft = session.get(Draft, (learner, exercise_id))
        return draft.source if draft else None


def draft_saved_at(store: Store, *, learner: str, exercise_id: str) -> datetime | None:
    with store.session() as session:
        draft = session.get(Draft, (learner, exercise_id))
        return draft.updated_at if draft else None
