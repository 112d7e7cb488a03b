"""Migrations go up and down on SQLite and PostgreSQL, and a newer database is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from mldojo.errors import StoreError
from mldojo.store.engine import make_engine
from mldojo.store.models import Base
from mldojo.store.schema import (
    SCHEMA_HEAD,
    current_revision,
    downgrade,
    head_revision,
    open_store,
    upgrade,
)

TABLES = {
    "learners",
    "attempts",
    "hint_views",
    "solution_views",
    "drafts",
    "review_cards",
    "review_sync",
    "journal_entries",
}


def test_upgrade_creates_every_table_and_downgrade_removes_them(db_url: str) -> None:
    engine = make_engine(db_url)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) >= TABLES
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert not TABLES & set(inspect(engine).get_table_names())
    upgrade(engine)  # and up again, from scratch
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
    engine.dispose()


def test_the_models_need_no_new_migration(db_url: str) -> None:
    # Column types included: UTCDateTime must stay the migrations' DateTime(timezone=True).
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_an_attempt_recorded_before_figures_were_kept_survives_the_upgrade_and_back(
    db_url: str,
) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO learners (id, display_name, created_at) "
                "VALUES ('amy', 'Amy', CURRENT_TIMESTAMP)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO attempts (learner_id, exercise_id, exercise_version, status, "
                "cases, source, output, hints_seen, after_hint, after_solution, started_at, "
                "host) VALUES ('amy', 'a.b.c', 'v1', 'failed', '[]', 'x = 1', '', 0, "
                "false, false, CURRENT_TIMESTAMP, 'h')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        kept = connection.execute(text("SELECT source, figures FROM attempts")).one()
    assert tuple(kept) == ("x = 1", None)
    downgrade(engine, "0002")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT source FROM attempts")).scalar() == "x = 1"
    engine.dispose()


def test_every_row_carries_its_learner(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    inspector = inspect(engine)
    for table in TABLES - {"learners"}:
        assert "learner_id" in {c["name"] for c in inspector.get_columns(table)}, table
    engine.dispose()


def test_a_database_from_a_newer_mldojo_is_refused_and_left_alone(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="newer mldojo"):
        open_store(db_url)
    assert current_revision(engine) == "9999_future"
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_the_recorded_head_is_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path / 'wal.db'}")
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    store.dispose()


@pytest.mark.parametrize(
    "url, words",
    [
        ("not a url", "not one SQLAlchemy understands"),
        ("nosuchdb://host/x", "not installed or not known"),
        ("sqlite://", "in-memory database, which keeps nothing"),
        ("sqlite:///:memory:", "in-memory database"),
        ("sqlite:///file:dojo?mode=memory&uri=true", "in-memory database"),
        ("sqlite:///mldojo.db", "relative to the current folder"),
        ("sqlite:///file:data/mldojo.db?mode=ro&uri=true", "relative to the current folder"),
        # SQLite reads these only from a file: URI; otherwise they were dropped with a
        # warning, or (uri=true without file:) named another file
        ("sqlite:////tmp/mldojo.db?mode=ro", "passes mode, which SQLite reads only from a"),
        ("sqlite:////tmp/mldojo.db?mode=ro&uri=true", "sqlite:///file:/path/to/mldojo.db"),
        ("sqlite:///file:/tmp/mldojo.db?cache=shared&mode=ro", "passes cache, mode,"),
    ],
)
def test_bad_urls_get_a_clear_error(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words):
        make_engine(url)


def test_the_drivers_own_arguments_and_a_file_uri_open_the_database(tmp_path: Path) -> None:
    for url in (
        f"sqlite:///{tmp_path / 'a.db'}?timeout=3",
        f"sqlite:///file:{tmp_path / 'b.db'}?cache=private&uri=true",
    ):
        store = open_store(url)
        store.dispose()
    assert sorted(p.name for p in tmp_path.glob("*.db")) == ["a.db", "b.db"]


def test_an_unreachable_server_gets_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot be opened"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
