"""Opening the database: URL checks, SQLite pragmas, and retrying locked writes."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker

from mldojo.errors import StoreError

T = TypeVar("T")
URL_EXAMPLES = "sqlite:////path/to/mldojo.db or postgresql+psycopg://user:password@host/db"
LOCK_RETRY_SECONDS = 120.0
# Says, once per write, that a write waits for a database another program holds: the
# command-line app prints it (`cli.main`), the servers log it.
log = logging.getLogger("mldojo.store")
# The query arguments SQLAlchemy's SQLite driver reads itself; others need uri=true.
PYSQLITE_ARGUMENTS = frozenset(
    {"timeout", "isolation_level", "detect_types", "check_same_thread", "cached_statements", "uri"}
)
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
    if not database or database == ":memory:" or "mode=memory" in url:
        raise StoreError(
            f"The database URL '{url}' names an in-memory database, which keeps nothing "
            f"once mldojo ends: set MLDOJO_DB to a file, such as {URL_EXAMPLES}."
        )
    named = _sqlite_path(database)
    if not named.expanduser().is_absolute():
        # The CLI and its grader process run in different folders: each would get its own.
        raise StoreError(
            f"The database URL '{url}' names '{named}' relative to the current folder, so "
            "each folder mldojo runs in would get a database of its own: give an absolute "
            "path, such as sqlite:////home/you/mldojo.db (four slashes)."
        )
    query = make_url(url).query
    ignored = sorted(set(query) - PYSQLITE_ARGUMENTS)
    as_uri = str(query.get("uri", "")).lower() == "true" and database.startswith("file:")
    if ignored and not as_uri:
        # SQLAlchemy would only warn and open the database without them; with uri=true
        # but no file: it would open another file, named with the arguments.
        them = "them" if len(ignored) > 1 else "it"
        raise StoreError(
            f"The database URL '{url}' passes {', '.join(ignored)}, which SQLite reads only "
            f"from a file: URI: write it as sqlite:///file:/path/to/mldojo.db?{ignored[0]}="
            f"...&uri=true, or leave {them} out."
        )
    folder = _sqlite_file(database).parent
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
    return _locked_words(str(exc.orig))


def _locked_words(text: str) -> bool:
    lowered = text.lower()
    return "database is locked" in lowered or "database is busy" in lowered


def _sqlite_file(database: str) -> Path:
    """The file a SQLite URL's database names, also in its `file:...?mode=ro` form."""
    return _sqlite_path(database).expanduser().absolute()


def _sqlite_path(database: str) -> Path:
    """The path as a SQLite URL's database writes it, also in its `file:...` form."""
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


def environmental(exc: BaseException) -> bool:
    """A failure of the database as it is (locked, read-only, missing, damaged, a server
    that does not answer), not of mldojo's own statements."""
    return isinstance(exc, OperationalError) or type(exc) is DatabaseError


def explain(exc: DBAPIError, url: str) -> str:
    """One sentence for a database failure: what is wrong, then what to do.

    The driver's own words are kept only where nothing better is known, and never
    SQLAlchemy's wrapping of them.
    """
    orig = exc.orig
    code = str(getattr(orig, "sqlite_errorname", ""))
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        where = parsed.render_as_string(hide_password=True)
        return (
            f"The database at '{where}' cannot be opened ({detail}): check MLDOJO_DB, that "
            "the server is running, and that your account may read and write it."
        )
    path = _sqlite_file(parsed.database)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or _locked_words(detail):
        return (
            f"The database '{path}' is locked: another mldojo (a check, `mldojo serve` or "
            "the grader) is writing to it; wait until it has finished, or close it, and "
            "try again; nothing already stored was changed."
        )
    if code.startswith("SQLITE_READONLY") or "readonly" in detail.lower():
        return _read_only(path, parsed.query.get("mode") == "ro")
    if code.startswith("SQLITE_CANTOPEN"):
        return (
            f"The database file '{path}' cannot be opened: check that its folder exists and "
            "that you may read and write both, or set MLDOJO_HOME to a folder you can "
            "write to."
        )
    if code in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or code.startswith("SQLITE_CORRUPT"):
        return (
            f"The file '{path}' is not an mldojo database, or it is damaged: move it aside "
            "(keep the copy) so that a new one is made, or set MLDOJO_DB to the right file."
        )
    if detail.startswith(("no such table", "no such column")):
        return (
            f"The database '{path}' lacks part of mldojo's tables ({detail}): it was damaged "
            "or changed by another program; move it aside (keep the copy) so that a new one "
            "is made, or set MLDOJO_DB to the right file."
        )
    # SHMSIZE: the shared-memory file beside a WAL database could not grow, which on a
    # full disk is what SQLite meets first.
    if code in ("SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"):
        return (
            f"The disk that holds '{path}' is full: free some space and try again; "
            "nothing already stored was changed."
        )
    if code.startswith("SQLITE_IOERR"):
        return (
            f"The database file '{path}' could not be read or written (a disk or file-system "
            "error): check the disk and try again; nothing already stored was changed."
        )
    return (
        f"The database file '{path}' cannot be used ({detail}): check that you may read "
        "and write it and its folder, or set MLDOJO_HOME to a folder you can write to."
    )


def _read_only(path: Path, opened_read_only: bool) -> str:
    """Which of the file, its folder or the URL makes the database read-only, and the fix."""
    folder = path.parent
    if opened_read_only:
        return (
            f"MLDOJO_DB opens the database '{path}' read-only (mode=ro), so nothing can be "
            "recorded: remove mode=ro from MLDOJO_DB."
        )
    if path.exists() and not os.access(path, os.W_OK):
        return (
            f"The database file '{path}' is read-only, so nothing can be recorded: make it "
            f"writable (chmod u+w '{path}') or set MLDOJO_HOME to a folder you can write to."
        )
    if not os.access(folder, os.W_OK):
        return (
            f"The folder '{folder}' that holds the database is read-only, so nothing can be "
            f"recorded: make it writable (chmod u+w '{folder}') or set MLDOJO_HOME to a "
            "folder you can write to."
        )
    return (
        f"The database '{path}' is read-only (a read-only disk, or a file beside it such as "
        f"'{path.name}-wal' that cannot be written), so nothing can be recorded: make them "
        "writable or set MLDOJO_HOME to a folder you can write to."
    )


class Store:
    """Sessions on one engine, with writes retried while the database is locked."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._url = engine.url.render_as_string(hide_password=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            if not environmental(exc):
                raise
            raise StoreError(explain(exc, self._url)) from None

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
        told = False
        while True:
            try:
                return transaction()
            except DBAPIError as exc:
                if not environmental(exc):
                    raise
                locked = isinstance(exc, OperationalError) and is_locked(exc)
                if not locked or time.monotonic() > deadline:
                    raise StoreError(explain(exc, self._url)) from None
                if not told:
                    told = True
                    log.warning(
                        "The database %s is locked by another program: waiting for it, up "
                        "to %.0f minutes in all; close the program that holds it (a database "
                        "browser, another mldojo writing a lot) and this goes on at once.",
                        make_url(self._url).render_as_string(hide_password=True),
                        LOCK_RETRY_SECONDS / 60,
                    )
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def dispose(self) -> None:
        self.engine.dispose()
