"""The database schema's version: upgrade, downgrade, and refusing a newer database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from mldojo.errors import StoreError, UsageError
from mldojo.store.engine import Store, environmental, explain, make_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision, so that a database already at it is opened without importing
# Alembic (a test keeps this equal to the newest file in migrations/versions).
SCHEMA_HEAD = "0003"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        if not environmental(exc):
            raise
        raise StoreError(explain(exc, _url(engine))) from None


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def check_not_newer(engine: Engine) -> str | None:
    revision = current_revision(engine)
    if revision not in (None, SCHEMA_HEAD) and revision not in known_revisions():
        raise StoreError(
            f"The database at '{_where(engine)}' was made by a newer mldojo (schema "
            f"'{revision}'): upgrade mldojo, or point MLDOJO_HOME or MLDOJO_DB elsewhere; "
            "the database was not changed."
        )
    return revision


def upgrade(engine: Engine, revision: str = "head") -> None:
    check_not_newer(engine)
    from alembic import command

    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str = "base") -> None:
    check_not_newer(engine)
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    known = {"base", *(r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions())}
    if revision not in known and not (revision[:1] == "-" and revision[1:].isdigit()):
        # Alembic fails on some names (an empty one) with an assertion, not a sentence.
        revisions = ", ".join(sorted(known - {"base"}))
        raise UsageError(
            f"Cannot downgrade to '{revision}': give 'base', a number of steps such as -1, "
            f"or one of the revisions under src/mldojo/store/migrations ({revisions})."
        )
    try:
        _run(engine, lambda config: command.downgrade(config, revision))
    except CommandError as exc:  # a revision that is not one of mldojo's, or not below
        raise UsageError(
            f"Cannot downgrade to '{revision}' ({exc}): give 'base' or one of the "
            "revisions under src/mldojo/store/migrations below the current one."
        ) from None


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config)
    except DBAPIError as exc:
        if not environmental(exc):
            raise
        raise StoreError(explain(exc, _url(engine))) from None  # the migration is undone


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Open the database at `url`, bringing an older schema up to date."""
    engine = make_engine(url)
    revision = check_not_newer(engine)
    if migrate and revision != SCHEMA_HEAD:
        upgrade(engine)
    return Store(engine)
