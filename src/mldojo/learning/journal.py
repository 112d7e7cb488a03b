"""The learning journal and the streak: continuous learning as a habit mldojo keeps.

A day counts towards the streak when the learner checked an exercise or wrote in the
journal that day (in their own time zone). The current streak still stands on a day
with nothing done yet, as long as yesterday counted: it breaks only once a whole day
passes without either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from dateutil.tz import tzlocal  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.orm import Session

from mldojo.errors import UsageError
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, JournalEntry

MAX_ENTRY_CHARS = 4000


@dataclass(frozen=True)
class Note:
    id: int
    text: str
    created_at: datetime

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class Streak:
    current: int  # days in a row, up to today (or yesterday, if today is still empty)
    longest: int
    today: bool  # whether today already counts
    active_days: int

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def clean_entry(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise UsageError(
            "The journal entry is empty: write what you learned, e.g. "
            "`mldojo journal add 'Broadcasting aligns trailing axes first'`."
        )
    if len(cleaned) > MAX_ENTRY_CHARS:
        raise UsageError(
            f"The journal entry is {len(cleaned)} characters long, more than the "
            f"{MAX_ENTRY_CHARS} allowed: split it into several entries."
        )
    return cleaned


def add_entry(store: Store, *, learner: str, text: str, at: datetime | None = None) -> Note:
    cleaned = clean_entry(text)
    moment = (at or datetime.now(UTC)).astimezone(UTC)

    def add(session: Session) -> Note:
        entry = JournalEntry(learner_id=learner, text=cleaned, created_at=moment)
        session.add(entry)
        session.flush()
        return Note(entry.id, entry.text, moment)

    return store.write(add)


def entries(store: Store, *, learner: str, limit: int | None = None) -> list[Note]:
    """The learner's journal, newest first."""
    query = (
        select(JournalEntry)
        .where(JournalEntry.learner_id == learner)
        .order_by(JournalEntry.created_at.desc(), JournalEntry.id.desc())
    )
    if limit is not None:
        if limit < 1:
            raise UsageError(f"The limit {limit} is not a positive number: pass 1 or more.")
        query = query.limit(limit)
    with store.session() as session:
        return [Note(e.id, e.text, e.created_at) for e in session.scalars(query)]


def local_zone() -> tzinfo:
    """The machine's own zone with its rules (summer time included): a fixed offset
    taken today would put a summer evening's work on the wrong day in winter."""
    zone: tzinfo = tzlocal()
    return zone


def activity_days(store: Store, *, learner: str, zone: tzinfo | None = None) -> set[date]:
    """The days (in `zone`, the machine's own by default) with a check or a journal entry."""
    zone = zone or local_zone()
    with store.session() as session:
        moments = list(
            session.scalars(select(Attempt.started_at).where(Attempt.learner_id == learner))
        )
        moments += list(
            session.scalars(
                select(JournalEntry.created_at).where(JournalEntry.learner_id == learner)
            )
        )
    return {m.astimezone(zone).date() for m in moments}


def streak_of(days: Iterable[date], today: date) -> Streak:
    active = sorted(set(d for d in days if d <= today))
    longest = run = 0
    previous: date | None = None
    for day in active:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    present = set(active)
    start = today if today in present else today - timedelta(days=1)
    current = 0
    while start - timedelta(days=current) in present:
        current += 1
    return Streak(current, longest, today in present, len(active))


def streak(
    store: Store, *, learner: str, now: datetime | None = None, zone: tzinfo | None = None
) -> Streak:
    zone = zone or local_zone()
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    return streak_of(activity_days(store, learner=learner, zone=zone), today)
