"""The CLI's side of the local grader: start it when needed, send checks, read verdicts.

`ProcessGrader` implements `Grader`. If the grader process is not running, the
first check starts it and waits for its socket; if it dies during a check, a new
one is started and the check sent again; if none can be reached, or one does
not answer within the check's own time budget, the check is graded here with
cold children instead. A check never hangs on the grader.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import socket
import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

from mldojo import errors
from mldojo.grading.service import Meanwhile
from mldojo.grading.verdict import Verdict
from mldojo.grading.wire import (
    build_id,
    lock_path,
    log_path,
    peer_uid,
    read_message,
    socket_path,
    write_message,
)
from mldojo.processes import alive
from mldojo.settings import Settings

if TYPE_CHECKING:  # a check from the shell imports this module, and nothing heavy
    from mldojo.catalog.exercise import Exercise

START_WAIT_S = 30.0
CANCEL_WAIT_S = 10.0  # for a cancelled check's attempt to be recorded as interrupted


class GraderUnreachable(Exception):
    pass


class ProcessGrader:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def grade(
        self,
        exercise: Exercise,
        source: str,
        *,
        seed: int | None = None,
        meanwhile: Meanwhile | None = None,
        filename: str | None = None,
    ) -> Verdict:
        if meanwhile is not None:  # before the request: the grader process cannot call it
            meanwhile()
        request = {
            "op": "grade",
            "root": str(exercise.root),
            "path": str(exercise.path),
            "version": exercise.version,
            "source": source,
            "seed": seed,
            "filename": filename,
        }
        for _ in range(2):
            try:
                answer = ask(self.settings, request, timeout=_budget_s(exercise), start=True)
            except ValueError:
                continue  # it died during the check: the next attempt starts a new one
            except (GraderUnreachable, TimeoutError):
                stop(self.settings, force=True)
                break
            if answer.get("ok"):
                return Verdict.from_json(answer["verdict"])
            raise error_from(answer.get("error") or {})
        from mldojo.grading.local import LocalGrader

        return LocalGrader(cache_dir=self.settings.cache_dir).grade(
            exercise, source, seed=seed, filename=filename
        )


def _budget_s(exercise: Exercise) -> float:
    """The longest a check of this exercise can take, with room for a cold start."""
    from mldojo.catalog.schema import Kind
    from mldojo.grading.runner import STARTUP_ALLOWANCE_S

    per_run = exercise.meta.limits.time_s + STARTUP_ALLOWANCE_S
    runs = 2
    if exercise.kind is Kind.SPEED and exercise.meta.speed is not None:
        runs += 2 * exercise.meta.speed.repeats
    return 30.0 + per_run * runs


def error_from(error: dict[str, Any]) -> errors.MldojoError:
    """The error a grader's answer names, as this process's own error of that kind."""
    kind = getattr(errors, str(error.get("kind")), None)
    message = str(error.get("message") or "the grader failed without saying why")
    if isinstance(kind, type) and issubclass(kind, errors.MldojoError):
        with contextlib.suppress(TypeError):
            return kind(message)
    return errors.MldojoError(message)


def connect(settings: Settings) -> socket.socket:
    """A connection to the running grader, which must be this user's own process."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(socket_path(settings)))
        if peer_uid(conn) != os.getuid():
            raise GraderUnreachable("the grader socket belongs to another user")
    except OSError as exc:
        conn.close()
        raise GraderUnreachable(str(exc)) from exc
    except GraderUnreachable:
        conn.close()
        raise
    return conn


def ask(
    settings: Settings,
    request: dict[str, Any],
    *,
    timeout: float | None,
    start: bool,
    cancellable: bool = False,
) -> dict[str, Any]:
    """Send one request and wait for its answer. With `cancellable`, Ctrl-C while
    waiting shuts this side of the connection, which stops the work in the grader,
    and waits briefly for its last answer (the work recorded as interrupted) before
    `Interrupted` goes on. A grader running other code than this process (started
    before an update) stops when asked for work; with `start`, a new one does it."""
    answer = _ask_once(settings, request, timeout=timeout, start=start, cancellable=cancellable)
    if answer.get("stale") and start:
        stop(settings, force=True)  # wait until it is gone: the new one takes its lock
        answer = _ask_once(settings, request, timeout=timeout, start=True, cancellable=cancellable)
    return answer


def _ask_once(
    settings: Settings,
    request: dict[str, Any],
    *,
    timeout: float | None,
    start: bool,
    cancellable: bool,
) -> dict[str, Any]:
    request = dict(request, build=build_id())
    try:
        conn = connect(settings)
    except GraderUnreachable:
        if not start:
            raise
        conn = _start_and_connect(settings)
    with conn:
        try:
            write_message(conn, request)
            try:
                answer = read_message(conn, timeout=timeout)
            except errors.Interrupted:
                if cancellable:
                    with contextlib.suppress(OSError, ValueError, TimeoutError):
                        conn.shutdown(socket.SHUT_WR)
                        read_message(conn, timeout=CANCEL_WAIT_S, notice_stop=False)
                raise
        except (BrokenPipeError, ConnectionResetError) as exc:
            raise ValueError(f"the grader went away ({exc})") from exc
    if not isinstance(answer, dict):
        raise ValueError("the grader answered something that is not a message")
    return answer


def start(settings: Settings) -> None:
    """Start the grader unless it runs, and wait until it listens."""
    with contextlib.suppress(GraderUnreachable):
        connect(settings).close()
        return
    _start_and_connect(settings).close()


def _start_and_connect(settings: Settings) -> socket.socket:
    settings.ensure_home()
    folder = settings.grader_dir
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    with open(log_path(settings), "ab") as log:
        subprocess.Popen(
            # Through the CLI, so that the layers above can add their operations.
            [sys.executable, "-m", "mldojo", "grader", "serve"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            env=dict(os.environ, MLDOJO_HOME=str(settings.home)),
        )
    deadline = time.monotonic() + START_WAIT_S
    while True:
        try:
            return connect(settings)
        except GraderUnreachable:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def status(settings: Settings) -> dict[str, Any]:
    """What the running grader says of itself, or that none runs."""
    try:
        answer = ask(settings, {"op": "status"}, timeout=10.0, start=False)
    except (GraderUnreachable, ValueError, TimeoutError):
        return {"running": False, "socket": str(socket_path(settings))}
    result: dict[str, Any] = answer.get("status") or {"running": False}
    return result


def stop(settings: Settings, *, force: bool = False) -> bool:
    """Ask the grader to stop (kill it, with `force`, if it does not answer); True if one ran."""
    try:
        ask(settings, {"op": "stop"}, timeout=10.0, start=False)
        stopped = True
    except (GraderUnreachable, ValueError, TimeoutError):
        stopped = False
        if not force:
            return False
    pid = _locked_pid(settings)
    deadline = time.monotonic() + 10.0
    while pid is not None and alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if pid is not None and alive(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        stopped = True
    return stopped


def _locked_pid(settings: Settings) -> int | None:
    """The running grader's pid: only while it holds its lock (a stale pid is never used)."""
    try:
        with open(lock_path(settings), encoding="utf-8") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                text = lock.read().strip()
                return int(text) if text.isdigit() else None
            return None  # nobody holds it: no grader runs
    except OSError:
        return None
