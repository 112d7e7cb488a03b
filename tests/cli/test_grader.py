"""The local grader process through the real CLI: started by the first check, warm after,
private, replaced when it dies, gone when idle or told to stop."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BROADCAST, Cli


@pytest.fixture
def grader_cli(cli: Cli, content: Path) -> Iterator[Cli]:
    cli.env.update(MLDOJO_GRADER="process", MLDOJO_GRADER_IDLE_S="300")
    yield cli
    cli("grader", "stop")


def status(cli: Cli) -> dict[str, Any]:
    done = cli("grader", "status", "--json")
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def solution(content: Path) -> str:
    return str(content / "stack" / "numpy" / "broadcast_add" / "solution.py")


def test_the_first_check_starts_the_grader_and_later_checks_use_its_warm_pool(
    grader_cli: Cli, content: Path, home: Path
) -> None:
    assert status(grader_cli)["running"] is False
    first = grader_cli("check", BROADCAST, "--file", solution(content), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["passed"] is True
    found = status(grader_cli)
    assert found["running"] is True and found["checks"] == 1
    # The socket and its folder are this user's alone.
    socket_path = Path(found["socket"])
    assert stat.S_IMODE(socket_path.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE((home / "grader").stat().st_mode) == 0o700
    assert wait_for(lambda: status(grader_cli)["zygotes"][0]["running"], 120)
    cold_before = status(grader_cli)["cold_runs"]
    again = grader_cli("check", BROADCAST, "--file", solution(content), "--json")
    assert json.loads(again.stdout)["passed"] is True
    after = status(grader_cli)
    assert after["checks"] == 2 and after["cold_runs"] == cold_before  # both runs were warm
    assert after["pool_pss_mb"] > 0
    starter = solution(content).replace("solution.py", "starter.py")
    wrong = grader_cli("check", BROADCAST, "--file", starter, "--json")
    assert wrong.returncode == 1 and json.loads(wrong.stdout)["passed"] is False
    assert "of starter.py) when called as" in wrong.stdout  # the file checked, by its name


def test_stop_ends_the_grader_and_the_next_check_starts_another(
    grader_cli: Cli, content: Path
) -> None:
    assert grader_cli("grader", "start").returncode == 0
    pid = status(grader_cli)["pid"]
    stopped = grader_cli("grader", "stop")
    assert "stopped" in stopped.stdout
    assert wait_for(lambda: not _alive(pid), 15)
    assert status(grader_cli)["running"] is False
    assert "No grader was running" in grader_cli("grader", "stop").stdout
    done = grader_cli("check", BROADCAST, "--file", solution(content))
    assert done.returncode == 0, done.stdout + done.stderr
    assert status(grader_cli)["pid"] != pid


def test_a_killed_grader_is_replaced_by_the_next_check(grader_cli: Cli, content: Path) -> None:
    assert grader_cli("grader", "start").returncode == 0
    pid = status(grader_cli)["pid"]
    os.kill(pid, signal.SIGKILL)
    assert wait_for(lambda: not _alive(pid), 15)
    done = grader_cli("check", BROADCAST, "--file", solution(content), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["passed"] is True
    assert status(grader_cli)["pid"] not in (None, pid)


def test_an_idle_grader_exits_by_itself(grader_cli: Cli, home: Path) -> None:
    grader_cli.env["MLDOJO_GRADER_IDLE_S"] = "2"
    assert grader_cli("grader", "start").returncode == 0
    pid = int((home / "grader" / "grader.lock").read_text())
    # Asking for its status is not activity: it still goes.
    assert wait_for(lambda: not status(grader_cli)["running"], 60)
    assert wait_for(lambda: not _alive(pid), 15)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat_line = Path(f"/proc/{pid}/stat").read_text() if Path(f"/proc/{pid}").exists() else ""
    return bool(stat_line) and stat_line.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_check_from_the_shell_is_graded_and_recorded_by_the_grader(
    grader_cli: Cli, content: Path
) -> None:
    done = grader_cli("check", BROADCAST, "--file", solution(content), "--json")
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["passed"] is True and verdict["attempt"] == 1
    assert {"after_hint", "after_solution", "usage", "seed"} <= set(verdict)
    progress = json.loads(grader_cli("progress", "--json").stdout)
    assert any(p["id"] == BROADCAST and p["passes"] == 1 for p in progress["exercises"])
    assert status(grader_cli)["checks"] == 1
    # The CLI's own process never imports the database layer or the catalog's models.
    timed = grader_cli.run_python("-X", "importtime", "-m", "mldojo", "check", BROADCAST,
                                  "--file", solution(content))  # fmt: skip
    assert timed.returncode == 0, timed.stderr
    imported = {line.split("|")[-1].strip() for line in timed.stderr.splitlines()}
    assert "sqlalchemy" not in imported and "mldojo.learning.dojo" not in imported
    assert "mldojo.learning.remote" in imported


def test_the_grader_s_errors_reach_the_shell_as_one_sentence(
    grader_cli: Cli, content: Path, tmp_path: Path
) -> None:
    unknown = grader_cli("check", "stack.numpy.nope", "--file", solution(content))
    assert unknown.returncode == 2 and "There is no exercise 'stack.numpy.nope'" in unknown.stderr
    missing = grader_cli("check", BROADCAST, "--file", str(tmp_path / "absent.py"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr
    not_started = grader_cli("check", BROADCAST)
    assert not_started.returncode == 2 and "mldojo start" in not_started.stderr


def test_stopping_the_grader_mid_check_leaves_exactly_one_attempt(
    grader_cli: Cli, home: Path, tmp_path: Path
) -> None:
    slow = tmp_path / "slow.py"
    slow.write_text(
        "import time\n\ndef add_row_offsets(X, offsets):\n"
        "    time.sleep(2)\n    return X + offsets[:, None]\n"
    )
    checking = grader_cli.popen("check", BROADCAST, "--file", str(slow))

    def running() -> bool:  # the grader has begun recording the attempt
        db = home / "mldojo.db"
        if not db.exists():
            return False
        with sqlite3.connect(db) as connection:
            try:
                return bool(
                    connection.execute("SELECT 1 FROM attempts WHERE status = 'running'").fetchall()
                )
            except sqlite3.OperationalError:  # the schema is not there yet
                return False

    try:
        assert wait_for(running, 120)
        assert grader_cli("grader", "stop").returncode == 0
        output, _ = checking.communicate(timeout=120)
    finally:
        checking.kill()
    with sqlite3.connect(home / "mldojo.db") as connection:
        rows = connection.execute("SELECT status FROM attempts").fetchall()
    assert len(rows) == 1, (rows, output)
    if rows[0][0] == "interrupted":
        assert checking.returncode == 130, output
        assert "The grader stopped during the check" in output
        assert f"mldojo check {BROADCAST}" in output


def test_a_grader_running_other_code_is_replaced_when_asked_for_work(
    grader_cli: Cli, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A grader started before an update stops when a client of the new code asks it for
    work, and that client starts a new one; status and stop still reach the old one."""
    from mldojo.grading import client, wire
    from mldojo.settings import Settings

    first = grader_cli("check", BROADCAST, "--file", solution(content), "--json")
    assert first.returncode == 0, first.stderr
    old = status(grader_cli)["pid"]
    for key, value in grader_cli.env.items():
        monkeypatch.setenv(key, value)
    settings = Settings.from_env()
    other = iter(["0000000000000000"])  # the first request comes from "other code"
    monkeypatch.setattr(client, "build_id", lambda: next(other, wire.build_id()))
    answer = client.ask(settings, {"op": "no such work"}, timeout=60, start=True)
    # Answered by a new grader, of this code: it knows no such operation.
    assert "unknown request" in answer["error"]["message"], answer
    new = status(grader_cli)["pid"]
    assert new != old and not _alive(old)
    assert grader_cli("check", BROADCAST, "--file", solution(content)).returncode == 0
    assert status(grader_cli)["pid"] == new


def test_start_says_the_idle_time_the_grader_was_given(grader_cli: Cli) -> None:
    started = grader_cli("grader", "start")  # MLDOJO_GRADER_IDLE_S=300 (the fixture)
    assert started.returncode == 0, started.stderr
    assert "it stops after 5 idle minutes" in started.stdout
    assert "30 idle minutes" not in started.stdout


def test_serve_says_so_when_a_grader_already_serves(grader_cli: Cli) -> None:
    assert grader_cli("grader", "start").returncode == 0
    pid = status(grader_cli)["pid"]
    second = grader_cli("grader", "serve", timeout=60)  # ends at once: one runs
    assert second.returncode == 0, second.stderr
    assert f"A grader already serves this data directory (pid {pid})" in second.stderr
    assert status(grader_cli)["pid"] == pid  # the running one is left alone
