"""Every time the store hands back is aware UTC, on SQLite as on PostgreSQL; a naive
time is refused on the way in, through the ORM and through Core statements alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Connection, DateTime, func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from mldojo.store.engine import Store
from mldojo.store.models import Attempt, JournalEntry, Learner
from mldojo.store.schema import open_store
from mldojo.store.timestamps import UTCDateTime

KOLKATA = timezone(timedelta(hours=5, minutes=30))
NEW_YORK = timezone(timedelta(hours=-4))
# 02:00 in Kolkata is 20:30 UTC on the day before: a wrong zone shows in the date too.
STARTED = datetime(2026, 3, 2, 2, 0, tzinfo=KOLKATA)
FINISHED = datetime(2026, 3, 1, 16, 31, 15, 250000, tzinfo=NEW_YORK)
NAIVE = datetime(2026, 3, 2, 2, 0)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    store = open_store(db_url)
    store.write(lambda session: session.add(Learner(id="ada", display_name="Ada")))
    yield store
    store.dispose()


@contextmanager
def reading(store: Store) -> Iterator[Session]:
    """A session whose PostgreSQL zone is neither UTC nor the zone the times were
    written in, since PostgreSQL hands times back in the session's zone."""
    with store.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET TIME ZONE 'Asia/Tokyo'"))
        with Session(connection) as session:
            yield session


def attempt_row(started_at: datetime) -> dict[str, object]:
    return dict(
        learner_id="ada",
        exercise_id="x",
        exercise_version="v",
        status="running",
        started_at=started_at,
    )


def assert_utc(moment: datetime | None, instant: datetime) -> None:
    assert moment is not None
    assert moment == instant
    assert moment.tzinfo is UTC  # what fsrs and every comparison in mldojo expect


def test_an_aware_time_in_another_zone_reads_back_as_the_same_instant_in_utc(
    store: Store,
) -> None:
    store.write(lambda s: s.add(JournalEntry(learner_id="ada", text="t", created_at=STARTED)))
    with reading(store) as session:
        entry = session.scalars(select(JournalEntry)).one()
        learner = session.get_one(Learner, "ada")
    assert_utc(entry.created_at, STARTED)
    assert entry.created_at.date() == date(2026, 3, 1)
    assert learner.created_at.tzinfo is UTC  # the column default, utcnow()


def test_core_statements_store_and_read_back_utc(store: Store) -> None:
    def record(connection: Connection) -> int:
        key = connection.execute(insert(Attempt), attempt_row(STARTED)).inserted_primary_key
        assert key is not None
        connection.execute(update(Attempt).values(finished_at=FINISHED, status="passed"))
        return int(key[0])

    store.write_rows(record)
    with reading(store) as session:
        started, finished = session.execute(select(Attempt.started_at, Attempt.finished_at)).one()
        newest = session.scalar(select(func.max(Attempt.started_at)))
    assert_utc(started, STARTED)
    assert_utc(finished, FINISHED)
    assert_utc(newest, STARTED)  # an aggregate keeps the column's type


def test_sqlite_keeps_the_utc_digits(tmp_path: Path) -> None:
    # Databases written before the type held UTC digits too, so they read back right.
    store = open_store(f"sqlite:///{tmp_path / 'digits.db'}")
    store.write(lambda s: s.add(Learner(id="ada", created_at=STARTED)))
    with store.engine.connect() as connection:
        raw = connection.execute(text("SELECT created_at FROM learners")).scalar_one()
        connection.execute(text("UPDATE learners SET created_at = '2025-12-31 23:59:59.000000'"))
        connection.commit()
    with store.session() as session:
        older = session.get_one(Learner, "ada").created_at
    store.dispose()
    assert raw == "2026-03-01 20:30:00.000000"
    assert_utc(older, datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC))


def test_a_naive_time_is_refused_and_nothing_is_written(store: Store) -> None:
    with pytest.raises(StatementError, match="has no time zone") as refused:
        store.write(lambda s: s.add(JournalEntry(learner_id="ada", text="t", created_at=NAIVE)))
    assert isinstance(refused.value.orig, ValueError)
    assert "'2026-03-02T02:00:00'" in str(refused.value.orig)
    with pytest.raises(StatementError, match="has no time zone"):
        store.write_rows(lambda connection: connection.execute(insert(Attempt), attempt_row(NAIVE)))
    with reading(store) as session:
        assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0
        assert session.scalar(select(func.count()).select_from(Attempt)) == 0


def test_a_value_that_is_not_a_datetime_is_refused(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'date.db'}")
    with pytest.raises(StatementError, match="is not a datetime"):
        store.write(lambda s: s.add(Learner(id="ada", created_at=date(2026, 3, 2))))
    store.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql+psycopg"])
def test_the_column_is_a_plain_timestamp_with_zone_in_the_schema(backend: str) -> None:
    dialect = make_url(f"{backend}://").get_dialect()()
    plain = DateTime(timezone=True).compile(dialect=dialect)
    assert UTCDateTime().compile(dialect=dialect) == plain
