"""The CLI at its edges: usage errors under --json, a closed output pipe, a database
that cannot be written, a workspace file that is gone or in the way, counts in words."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy.exc import OperationalError

from mldojo.cli.render import counted, grader_status
from mldojo.store.engine import explain
from tests.conftest import BROADCAST, Cli, copy_exercises

WORKSPACE_FILE = ("workspace", "stack", "numpy", "broadcast_add.py")
WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--json", "--area"),
        ("journal", "list", "--limit", "0", "--json"),
        ("check", "--json"),
        ("nosuchcommand", "--json"),
    ],
)
def test_a_usage_error_under_json_is_one_json_error(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    error = json.loads(result.stdout)  # exactly one JSON document on stdout
    assert list(error) == ["error"] and sorted(error["error"]) == ["message", "type"]
    assert error["error"]["type"] == "UsageError"
    assert "--help" in error["error"]["message"] and "Traceback" not in result.stderr


def test_a_usage_error_without_json_keeps_the_usage_text(cli: Cli) -> None:
    result = cli("journal", "list", "--limit", "0")
    assert result.returncode == 2 and result.stdout == ""
    assert "journal list [OPTIONS]" in result.stderr and "--limit" in result.stderr


@pytest.mark.parametrize("args", [("list",), ("list", "--json"), ("nope.nothing", "--json")])
def test_a_closed_output_pipe_ends_quietly_as_sigpipe_does(cli: Cli, args: tuple[str, ...]) -> None:
    if args[0].startswith("nope"):
        args = ("check", *args)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        result = cli.with_stdout(write_end, *args)
    finally:
        os.close(write_end)
    assert result.returncode == -signal.SIGPIPE
    assert result.stderr == ""


def test_a_read_only_database_is_named_as_such(cli: Cli, home: Path) -> None:
    assert cli("journal", "add", "first").returncode == 0
    db = home / "mldojo.db"
    cli.env["MLDOJO_DB"] = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = cli("journal", "add", "second")
    assert result.returncode == 2, result.stdout + result.stderr
    message = result.stderr
    assert "read-only" in message and "mode=ro" in message
    assert "lock" not in message and "sqlalche" not in message and "Traceback" not in message
    assert not (cli.cwd / "file:").exists()  # the URI form is not taken for a folder name


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files anyway")
def test_a_read_only_database_file_says_how_to_fix_its_permissions(cli: Cli, home: Path) -> None:
    assert cli("journal", "add", "first").returncode == 0
    (home / "mldojo.db").chmod(0o444)
    result = cli("journal", "add", "second")
    assert result.returncode == 2
    assert "is read-only" in result.stderr and "chmod u+w" in result.stderr
    assert "lock" not in result.stderr


def test_a_locked_database_says_another_mldojo_is_writing(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    waiter = sqlite3.connect(db, timeout=0)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            waiter.execute("INSERT INTO t VALUES (1)")
        message = explain(OperationalError("INSERT", {}, raised.value), f"sqlite:///{db}")
    finally:
        waiter.close()
        holder.close()
    assert "is locked" in message and "another mldojo" in message and str(db) in message
    assert "database is locked" not in message


def test_a_write_that_waits_for_a_locked_database_says_so_and_goes_on(cli: Cli, home: Path) -> None:
    """Another program holds the database: the command says why it waits, then saves
    the entry as soon as the database is free."""
    assert cli("journal", "add", "first").returncode == 0
    holder = sqlite3.connect(home / "mldojo.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    waiting = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "journal", "add", "second"],
        env=cli.env,
        cwd=cli.cwd,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert waiting.stderr is not None
        said = waiting.stderr.readline()  # the store's own wait (5 s) comes first
        assert "is locked by another program: waiting for it" in said
        assert str(home / "mldojo.db") in said and "close the program that holds it" in said
        assert waiting.poll() is None  # still waiting, nothing given up
    finally:
        holder.rollback()
        holder.close()
    assert waiting.wait(timeout=60) == 0
    listed = cli("journal", "list", "--json")
    assert sorted(e["text"] for e in json.loads(listed.stdout)["entries"]) == ["first", "second"]


def test_a_file_that_is_not_a_database_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "not-a.db"
    bad.write_text("these are not the pages of a database\n" * 200)
    cli.env["MLDOJO_DB"] = f"sqlite:///{bad}"
    result = cli("progress")
    assert result.returncode == 2
    assert "is not an mldojo database" in result.stderr and "move it aside" in result.stderr
    assert "sqlalche.me" not in result.stderr and "DatabaseError" not in result.stderr


def test_a_database_missing_a_table_is_named_as_damaged(cli: Cli, home: Path) -> None:
    assert cli("journal", "add", "a first note").returncode == 0
    with sqlite3.connect(home / "mldojo.db") as connection:
        connection.execute("DROP TABLE journal_entries")
    result = cli("journal", "list")
    assert result.returncode == 2, result.stderr
    assert "lacks part of mldojo's tables" in result.stderr and "move it aside" in result.stderr


def test_an_unknown_id_starts_no_grader(cli: Cli, home: Path, tmp_path: Path) -> None:
    cli.env["MLDOJO_GRADER"] = "process"
    path = tmp_path / "x.py"
    path.write_text("x = 1\n")
    try:
        result = cli("check", "nope.nothing", "--file", str(path))
        close = cli("check", "stack.numpy.broadcast", "--file", str(path))
        status = json.loads(cli("grader", "status", "--json").stdout)
    finally:
        cli("grader", "stop")
    assert result.returncode == 2 and "There is no exercise 'nope.nothing'" in result.stderr
    assert close.returncode == 2 and f"did you mean '{BROADCAST}'" in close.stderr
    assert status["running"] is False
    assert not (home / "grader").exists() and not (home / "mldojo.db").exists()


def test_a_deleted_workspace_file_comes_back_as_the_last_checked_code(cli: Cli, home: Path) -> None:
    assert cli("start", BROADCAST).returncode == 0
    path = home.joinpath(*WORKSPACE_FILE)
    path.write_text(WRONG)
    assert cli("check", BROADCAST).returncode == 1
    path.unlink()
    gone = cli("check", BROADCAST)
    assert gone.returncode == 2
    assert "There is no file for" in gone.stderr and f"mldojo start {BROADCAST}" in gone.stderr
    assert "have not started" not in gone.stderr
    back = cli("start", BROADCAST)
    assert back.returncode == 0, back.stderr
    assert "There was no file for" in back.stdout and "attempt 1" in back.stdout
    assert "return X + offsets" in back.stdout  # the code itself is shown
    assert path.read_text() == WRONG


def test_start_names_a_folder_or_a_dangling_link_in_the_way(cli: Cli, home: Path) -> None:
    path = home.joinpath(*WORKSPACE_FILE)
    path.mkdir(parents=True)
    folder = cli("start", BROADCAST)
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    assert "already" not in folder.stdout + folder.stderr
    path.rmdir()
    path.symlink_to(home / "nowhere.py")
    link = cli("start", BROADCAST)
    assert link.returncode == 2
    assert "symbolic link" in link.stderr and "does not exist" in link.stderr
    assert "already" not in link.stdout + link.stderr
    assert path.is_symlink() and not (home / "nowhere.py").exists()  # left as it was
    checked = cli("check", BROADCAST)  # names the link and its missing target too
    assert checked.returncode == 2 and "symbolic link" in checked.stderr
    assert "nowhere.py" in checked.stderr and "mldojo start ID" not in checked.stderr


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` (skips where that needs a root we lack)."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk to its last byte; the filler's path, to free it again."""
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            out.write(b"x" * 4096)
    return filler


def test_start_on_a_full_disk_says_so_and_leaves_no_empty_file(cli: Cli, tmp_path: Path) -> None:
    with small_disk(tmp_path / "small", "64k") as workspace:
        path = workspace.joinpath(*WORKSPACE_FILE[1:])
        path.parent.mkdir(parents=True)
        filler = fill(workspace)
        cli.env["MLDOJO_WORKSPACE"] = str(workspace)
        full = cli("start", BROADCAST)
        assert full.returncode == 2, full.stderr
        assert "is full" in full.stderr and f"mldojo start {BROADCAST}" in full.stderr
        assert "Traceback" not in full.stderr and "unexpectedly" not in full.stderr
        assert not path.exists()  # kept as the learner's own, an empty file would stay empty
        filler.unlink()
        again = cli("start", BROADCAST)
        assert again.returncode == 0, again.stderr
        assert "def add_row_offsets" in path.read_text()


def test_a_database_on_a_full_disk_says_the_disk_is_full(cli: Cli, tmp_path: Path) -> None:
    with small_disk(tmp_path / "small", "1m") as home:
        cli.env["MLDOJO_HOME"] = str(home)
        assert cli("journal", "add", "before the disk filled").returncode == 0
        fill(home)
        full = cli("journal", "add", "after")
        assert full.returncode == 2, full.stderr
        assert "is full: free some space" in full.stderr, full.stderr


def test_a_starter_that_cannot_be_read_is_named(cli: Cli, content: Path) -> None:
    starter = content.joinpath(*BROADCAST.split("."), "starter.py")
    starter.write_bytes(b"def add_row_offsets(X, offsets):\n    return \xff\n")
    result = cli("start", BROADCAST)
    assert result.returncode == 2, result.stderr
    assert f"'{starter}' is not UTF-8 text: save it as UTF-8." in result.stderr
    assert "unexpectedly" not in result.stderr


def test_a_relative_data_directory_is_refused(cli: Cli) -> None:
    cli.env["MLDOJO_HOME"] = "relative/home"
    result = cli("journal", "add", "where does this go?")
    assert result.returncode == 2
    assert "'relative/home'" in result.stderr and "absolute path" in result.stderr
    assert not (cli.cwd / "relative").exists()


def test_a_data_directory_that_is_a_file_is_named_as_such(cli: Cli, tmp_path: Path) -> None:
    cli.env["MLDOJO_HOME"] = str(tmp_path / "notes.txt")
    (tmp_path / "notes.txt").write_text("mine\n")
    result = cli("journal", "add", "where does this go?")
    assert result.returncode == 2
    assert "is a file, not a folder" in result.stderr
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


SYMBOLIC = "math.calculus.chain_rule_symbolic"


@pytest.mark.parametrize(
    "answer, words",
    [
        ("3*exp(3*x)/(1 + exp(3*x)", "brackets do not match"),
        ("3*exp(3*x) +* 2", "not a well-formed formula"),
        ("x.y", "'.' after a name"),
        ("x & 2", "operator that formulas do not have"),
    ],
)
def test_an_unreadable_symbolic_answer_is_explained_in_words(
    cli: Cli, tmp_path: Path, answer: str, words: str
) -> None:
    cli.env["MLDOJO_CONTENT"] = str(copy_exercises(tmp_path / "maths", SYMBOLIC))
    path = tmp_path / "answer.py"
    path.write_text(f"ANSWER = {answer!r}\n")
    result = cli("check", SYMBOLIC, "--file", str(path), "--json")
    assert result.returncode == 1, result.stderr
    message = json.loads(result.stdout)["cases"][0]["message"]
    assert words in message
    for name in ("TokenError", "SyntaxError", "SympifyError", "AttributeError", "TypeError"):
        assert name not in message


def test_counts_agree_with_their_nouns() -> None:
    assert counted(1, "check") == "1 check"
    assert counted(0, "check") == "0 checks"
    assert counted(2, "exercise") == "2 exercises"
    assert counted(1, "more idle minute") == "1 more idle minute"
    assert counted(3, "child", "children") == "3 children"


@pytest.mark.parametrize(
    ("idle_s", "words"),
    [(0, "after 30 more idle minutes"), (1735, "after 1 more idle minute"), (1790, "within a")],
)
def test_the_grader_s_idle_time_left_is_said_in_words(
    idle_s: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = {
        "running": True, "pid": 7, "up_s": 5, "checks": 1, "cold_runs": 0,
        "idle_exit_s": 1800, "idle_s": idle_s, "socket": "/run/g.sock", "zygotes": [],
        "pool_pss_mb": 100, "server_pss_mb": 60,
    }  # fmt: skip
    grader_status(found)
    out = " ".join(capsys.readouterr().out.split())
    assert f"it stops {words}" in out and " 0 more" not in out


def test_home_and_listing_say_one_attempt_not_one_attempts(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "wrong.py"
    path.write_text(WRONG)
    assert cli("check", BROADCAST, "--file", str(path)).returncode == 1
    home_screen = cli().stdout
    assert "0 of 1 exercise passed, 1 attempt" in home_screen
    assert "1 attempts" not in home_screen and "1 exercises" not in home_screen


def test_a_second_ctrl_c_stops_serve_without_a_traceback(cli: Cli) -> None:
    server = cli.popen("serve", "--port", "0")
    assert server.stdout is not None
    try:
        first = server.stdout.readline()
        assert "mldojo is serving on" in first, first
        server.send_signal(signal.SIGINT)
        time.sleep(0.05)  # within the graceful shutdown that the first one began
        server.send_signal(signal.SIGINT)
        rest, _ = server.communicate(timeout=60)
    finally:
        server.kill()
    # 130 once it has stopped; killed by the signal itself if it came as Python exited.
    assert server.returncode in (130, -signal.SIGINT), rest
    assert "Traceback" not in rest and "KeyboardInterrupt" not in rest and "Error" not in rest


def _interrupted_when_importing(module: str, signum: int, argv: list[str]) -> str:
    """Python code that runs mldojo with `argv`, sending itself `signum` when `module`
    is first imported (a point in the command chosen without timing)."""
    return (
        "import importlib.abc, os, sys\n"
        "class Interrupt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        f"        if name == {module!r}:\n"
        f"            os.kill(os.getpid(), {int(signum)})\n"
        "        return None\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        f"sys.argv = {['mldojo', *argv]!r}\n"
        "from mldojo.cli.entry import main\n"
        "main()\n"
    )


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_the_command_loads_stops_it_quietly(signum: int) -> None:
    # The signal comes while Typer is being imported, before mldojo's own handlers.
    probe = _interrupted_when_importing("typer", signum, ["list"])
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr == "Interrupted before the command began: nothing was done.\n"


def test_a_command_that_checks_nothing_does_not_speak_of_a_check_when_stopped(
    cli: Cli,
) -> None:
    # The signal comes as `mldojo next` loads the learner model, after mldojo's handlers.
    probe = _interrupted_when_importing("mldojo.learning.recommend", signal.SIGINT, ["next"])
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=cli.env,
    )
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip() == "Interrupted: nothing was lost.", done.stderr


def test_the_json_writer_refuses_what_json_has_no_type_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Turned into text, NumPy's False would reach a reader as "False", which is truthy.
    from mldojo.cli.main import _print_json

    with pytest.raises(TypeError, match="bool"):
        _print_json({"review": np.bool_(False)})
    assert capsys.readouterr().out == ""
