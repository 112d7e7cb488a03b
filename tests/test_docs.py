"""The docs cover every command and every exercise.toml key."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from mldojo.catalog.schema import (
    ChallengeSpec,
    ChoiceOption,
    ChoiceSpec,
    ExerciseMeta,
    Limits,
    RubricClaim,
    RubricLine,
    SpeedSpec,
    SymbolicSpec,
    WrittenSpec,
)
from mldojo.cli.main import app, db_app, journal_app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands() -> list[str]:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    names += [f"db {c.name}" for c in db_app.registered_commands]
    names += [f"journal {c.name}" for c in journal_app.registered_commands]
    return [n.rstrip("_") for n in names]


def test_every_command_has_help_and_a_line_in_docs_cli() -> None:
    text = (DOCS / "cli.md").read_text()
    groups = app.registered_commands + db_app.registered_commands
    for command in groups + journal_app.registered_commands:
        assert command.callback is not None and command.callback.__doc__, command.name
    for name in _commands():
        assert f"`mldojo {name}" in text, f"docs/cli.md does not describe `mldojo {name}`"


def _keys(model: type[BaseModel], prefix: str = "") -> list[str]:
    return [prefix + name for name in model.model_fields]


TABLES = {"limits", "choice", "challenge", "written", "symbolic", "speed"}
LISTS_OF_TABLES = {"[choice] options", "[written] points", "[written] forbidden"}


def test_every_exercise_key_is_described() -> None:
    text = (DOCS / "exercise-format.md").read_text()
    keys = (
        _keys(ExerciseMeta)
        + _keys(Limits, "[limits] ")
        + _keys(ChoiceSpec, "[choice] ")
        + _keys(ChallengeSpec, "[challenge] ")
        + _keys(WrittenSpec, "[written] ")
        + _keys(SymbolicSpec, "[symbolic] ")
        + _keys(SpeedSpec, "[speed] ")
    )
    for key in keys:
        if key in TABLES or key in LISTS_OF_TABLES:
            continue  # described key by key, or as [[...]] tables
        assert f"`{key}`" in text, f"docs/exercise-format.md does not describe `{key}`"
    for key in _keys(ChoiceOption) + _keys(RubricLine) + _keys(RubricClaim):
        assert f"`{key}`" in text
    for table in ("[[choice.options]]", "[[written.points]]", "[[written.forbidden]]"):
        assert f"`{table}`" in text
