"""`mldojo watch` re-checks on save and moves on once the exercise passes."""

from __future__ import annotations

import queue
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import BROADCAST, Cli, copy_exercises

WORD_COUNTS = "python.collections.word_counts"


def test_watch_checks_on_save_and_moves_to_the_next_exercise(
    cli: Cli, tmp_path: Path, home: Path
) -> None:
    content = copy_exercises(tmp_path / "two", BROADCAST, WORD_COUNTS)
    cli.env["MLDOJO_CONTENT"] = str(content)
    watcher = cli.popen("watch", BROADCAST)
    wait_for = _lines(watcher)
    try:
        wait_for("save it to check")
        path = home / "workspace" / "stack" / "numpy" / "broadcast_add.py"
        time.sleep(0.5)  # let the watcher settle before the first save
        path.write_text("def add_row_offsets(X, offsets):\n    return X + offsets\n")
        wait_for("Not yet")
        path.write_text("def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n")
        wait_for("Passed")
        wait_for(f"Next: {WORD_COUNTS}")
        wait_for("save it to check")
        assert (home / "workspace" / "python" / "collections" / "word_counts.py").exists()
    finally:
        watcher.terminate()
        watcher.wait(timeout=30)


def test_ctrl_c_says_watching_stopped_and_what_is_kept(cli: Cli, home: Path) -> None:
    watcher = cli.popen("watch", BROADCAST)
    assert watcher.stdout is not None
    seen = ""
    for line in watcher.stdout:  # until it watches
        seen += line
        if "save it to check" in line:
            break
    time.sleep(0.5)
    watcher.send_signal(signal.SIGINT)
    rest, _ = watcher.communicate(timeout=60)
    output = " ".join((seen + rest).split())  # the terminal wraps long lines
    assert watcher.returncode == 130, output
    assert f"Stopped watching {BROADCAST}" in output
    assert "kept as you last saved it" in output and "no check ran" in output
    assert "an unfinished check is recorded as interrupted" not in output


def _lines(watcher: subprocess.Popen[str]) -> Callable[[str], str]:
    """A function that waits for a line holding some text and returns what came so far."""
    lines: queue.Queue[str] = queue.Queue()
    assert watcher.stdout is not None
    threading.Thread(
        target=lambda: [lines.put(line) for line in watcher.stdout],  # type: ignore[union-attr]
        daemon=True,
    ).start()
    seen: list[str] = []

    def wait_for(text: str) -> str:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                continue
            if text in seen[-1]:
                return "".join(seen)
        raise AssertionError(f"never saw {text!r} in:\n{''.join(seen)}")

    return wait_for


def test_watch_goes_on_when_its_folder_is_deleted_and_made_again(cli: Cli, home: Path) -> None:
    watcher = cli.popen("watch", BROADCAST)
    wait_for = _lines(watcher)
    folder = home / "workspace" / "stack" / "numpy"
    try:
        wait_for("save it to check")
        time.sleep(0.5)
        shutil.rmtree(folder)  # a `git clean`, or a workspace made anew
        wait_for("is gone; watching goes on once it is back")
        folder.mkdir()
        (folder / "broadcast_add.py").write_text(
            "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"
        )
        wait_for("Passed")  # saved into the new folder, and seen
        assert watcher.wait(timeout=60) == 0  # the only exercise: every one is passed
    finally:
        watcher.kill()


def test_ctrl_c_after_the_file_was_deleted_does_not_say_it_is_kept(cli: Cli, home: Path) -> None:
    watcher = cli.popen("watch", BROADCAST)
    wait_for = _lines(watcher)
    try:
        wait_for("save it to check")
        time.sleep(0.5)
        shutil.rmtree(home / "workspace" / "stack")
        wait_for("is gone")
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=60) == 130
        # The sentence's last words, not its first: a narrow terminal wraps it.
        output = " ".join(wait_for("watching.").split())
    finally:
        watcher.kill()
    assert "is gone (deleted while watching" in output and "kept as you last" not in output
