"""Opening the database: URL checks, SQLite pragmas, and retrying locked writes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mldojo.errors import StoreError

T = TypeVar("T")
URL_EXAMPLES = "sqlite:////path/to/mldojo.db or postgresql+psycopg://user:password@host/db"
LOCK_RETRY_SECONDS = 120.0
SQLITE_BUSY_MS = 5000


def make_engine(url: str) -> Engine:
    """An engine for `url`, or a StoreError saying what is wrong with it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"The database URL '{url}' is not one SQLAlchemy understands: "
            f"set MLDOJO_DB to a URL such as {URL_EXAMPLES}."
        ) from None
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed.database, url)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except NoSuchModuleError:
        raise StoreError(
            f"The database URL '{url}' names the driver '{parsed.drivername}', which is not "
            f"installed or not known: use a URL such as {URL_EXAMPLES}."
        ) from None
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"The database URL '{url}' needs the Python package '{exc.name}': "
            "install it (pip install 'mldojo[postgres]' for PostgreSQL)."
        ) from None
    return engine


def _sqlite_engine(database: str | None, url: str) -> Engine:
    if database and database != ":memory:":
        folder = Path(database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"The folder '{folder}' for the database cannot be created ({exc.strerror}): "
                "set MLDOJO_HOME or MLDOJO_DB to a place you can write to."
            ) from None
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def is_locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


class Store:
    """Sessions on one engine, with writes retried while the database is locked."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in a transaction; a locked database is retried, never dropped."""

        def in_session() -> T:
            with self._sessions() as session, session.begin():
                return work(session)

        return self._retrying(in_session)

    def write_rows(self, work: Callable[[Connection], T]) -> T:
        """`write` on a bare connection, for prepared Core statements: recording a
        check this way costs a third of what the ORM's unit of work does."""

        def in_connection() -> T:
            with self.engine.begin() as connection:
                return work(connection)

        return self._retrying(in_connection)

    def _retrying(self, transaction: Callable[[], T]) -> T:
        deadline = time.monotonic() + LOCK_RETRY_SECONDS
        delay = 0.05
        while True:
            try:
                return transaction()
            except OperationalError as exc:
                if not is_locked(exc) or time.monotonic() > deadline:
                    raise StoreError(
                        f"The database could not be written ({exc.orig}): "
                        "close other mldojo windows that hold it and try again; nothing "
                        "already stored was changed."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def dispose(self) -> None:
        self.engine.dispose()
