"""Drafts: the learner's latest unsubmitted code per exercise, kept in the store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mldojo.grading.submission import check_source
from mldojo.store.engine import Store
from mldojo.store.models import Draft, utcnow


def save_draft(
    store: Store,
    *,
    learner: str,
    exercise_id: str,
    source: str,
    unless_saved_since: datetime | None = None,
) -> None:
    """Keep `source` as the draft; code a check would refuse (too large, NUL characters)
    is refused here too, and the last draft stays as it was. With `unless_saved_since`
    (when a check of `source` began), a draft saved after it is newer than `source`
    (typed while the check ran, or another tab's) and stays."""
    check_source(source, exercise_id)

    def upsert(session: Session) -> None:
        draft = session.get(Draft, (learner, exercise_id))
        if draft is None:
            session.add(Draft(learner_id=learner, exercise_id=exercise_id, source=source))
        elif unless_saved_since is None or draft.updated_at <= unless_saved_since:
            draft.source = source
            draft.updated_at = utcnow()

    try:
        store.write(upsert)
    except IntegrityError:
        # Another save of the first draft (the page's last one as it is left, another
        # tab) wrote it between this one's look and its write: now it updates that one.
        store.write(upsert)


def load_draft(store: Store, *, learner: str, exercise_id: str) -> str | None:
    with store.session() as session:
        draft = session.get(Draft, (learner, exercise_id))
        return draft.source if draft else None


def draft_saved_at(store: Store, *, learner: str, exercise_id: str) -> datetime | None:
    with store.session() as session:
        draft = session.get(Draft, (learner, exercise_id))
        return draft.updated_at if draft else None
