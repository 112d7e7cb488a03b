"""Each bad input gets one clear sentence, a non-zero exit, no traceback, and loses nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BROADCAST, Cli, copy_exercises


def refused(result: subprocess.CompletedProcess[str], *words: str, code: int = 2) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    message = result.stderr.strip()
    assert message and len(message.splitlines()) <= 3, message
    for word in words:
        assert word in message, message
    return message


def test_an_unknown_id_suggests_the_closest(cli: Cli) -> None:
    for command in ("show", "start", "check", "hint", "watch"):
        refused(
            cli(command, "stack.numpy.broadcast"),
            "There is no exercise",
            f"did you mean '{BROADCAST}'",
        )


def test_an_unknown_id_in_json_mode_prints_a_json_error(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "x.py"
    path.write_text("x = 1\n")
    result = cli("check", "nope.nothing", "--file", str(path), "--json")
    refused(result, "There is no exercise 'nope.nothing'")
    assert json.loads(result.stdout)["error"]["type"] == "UnknownExercise"


def test_brackets_in_a_message_are_shown_as_written(cli: Cli) -> None:
    # Rich would read "[/b]" as markup: escaped for the terminal, never in the JSON.
    shown = cli("check", "a[/b]")
    assert shown.returncode == 2 and "'a[/b]'" in shown.stderr, shown.stderr
    as_json = cli("check", "a[/b]", "--json")
    message = json.loads(as_json.stdout)["error"]["message"]
    assert "'a[/b]'" in message and "\\" not in message


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: None, ["does not exist"]),
        (lambda p: p.mkdir(), ["is a folder"]),
        (lambda p: p.write_bytes(b"x = '\xe9'\n"), ["not UTF-8"]),
        (lambda p: p.write_bytes(b"\x00\x01\x02"), ["binary"]),
        (lambda p: p.write_bytes(b"#" * 1_100_000), ["over the 1,000,000-byte limit"]),
        (lambda p: p.symlink_to(p), ["symbolic link", "the links loop"]),
        (lambda p: p.symlink_to(p.with_name("gone.py")), ["symbolic link", "gone.py"]),
    ],
)
def test_unreadable_files_are_usage_errors_and_record_nothing(
    cli: Cli, tmp_path: Path, home: Path, make, words: list[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.py"
    make(path)
    refused(cli("check", BROADCAST, "--file", str(path)), str(path), *words)
    progress = json.loads(cli("progress", "--json").stdout)
    assert all(e["attempts"] == 0 for e in progress["exercises"])


def test_checking_before_starting_says_to_start(cli: Cli) -> None:
    refused(cli("check", BROADCAST), "You have not started", f"mldojo start {BROADCAST}")


def test_a_malformed_exercise_is_named(cli: Cli, content: Path) -> None:
    toml = content / "stack" / "numpy" / "broadcast_add" / "exercise.toml"
    toml.write_text(toml.read_text().replace("difficulty = 1", "difficulty = 9"))
    refused(cli("list"), str(toml), "field 'difficulty': found 9")


def test_a_broken_exercise_of_a_pack_is_left_out_not_everything(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    pack = copy_exercises(tmp_path / "pack", BROADCAST)
    (pack / "skills.toml").unlink()
    folder = pack / "stack" / "numpy" / "broadcast_add"
    folder.rename(folder.with_name("offsets_copy"))
    toml = folder.with_name("offsets_copy") / "exercise.toml"
    toml.write_text(toml.read_text().replace("difficulty = 1", "difficulty = 9"))
    listed = cli("--pack", str(pack), "list")
    assert listed.returncode == 0, listed.stderr
    assert BROADCAST in listed.stdout and "offsets_copy" not in listed.stdout
    assert str(toml) in listed.stderr and "field 'difficulty': found 9" in listed.stderr
    assert "'stack.numpy.offsets_copy' is left out until that is fixed" in listed.stderr


def test_a_malformed_skill_map_is_named(cli: Cli, content: Path) -> None:
    skills = content / "skills.toml"
    skills.write_text(
        skills.read_text() + '\n[skills."math.loop"]\ntitle = "x"\nrequires = ["math.loop"]\n'
    )
    refused(cli("list"), "cycle", "math.loop")
    skills.write_text("[areas\n")
    refused(cli("list"), str(skills), "not valid TOML")


def test_a_bad_database_url_is_named(cli: Cli) -> None:
    cli.env["MLDOJO_DB"] = "definitely not a url"
    refused(cli("progress"), "'definitely not a url'", "MLDOJO_DB")
    cli.env["MLDOJO_DB"] = "mongodb://localhost/x"
    refused(cli("progress"), "mongodb", "not installed or not known")


def test_an_unwritable_data_directory_is_named(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cli.env["MLDOJO_HOME"] = str(blocker / "home")
    refused(cli("progress"), str(blocker / "home"), "MLDOJO_HOME")


def test_a_database_from_a_newer_mldojo_is_refused_untouched(cli: Cli, home: Path) -> None:
    cli("db", "upgrade")
    db = home / "mldojo.db"
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.read_bytes()
    refused(cli("progress"), "newer mldojo", "upgrade mldojo")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_future",
        )
    assert len(db.read_bytes()) == len(before)


def test_a_bad_area_or_kind_is_named(cli: Cli) -> None:
    refused(cli("list", "--area", "cooking"), "There is no area 'cooking'", "python")
    refused(cli("list", "--kind", "essay"), "There is no kind 'essay'", "function")


def test_a_missing_pack_is_named(cli: Cli, tmp_path: Path) -> None:
    refused(cli("--pack", str(tmp_path / "nowhere"), "list"), "content pack", "does not exist")


def test_an_unknown_command_is_a_usage_error(cli: Cli) -> None:
    result = cli("chekc")
    assert result.returncode == 2 and "No such command" in result.stderr
