"""The local grader process: the warm pool behind a Unix socket, for the CLI.

The first `mldojo check` starts it (`grading.client`); it warms its zygotes in
the background (checks that arrive meanwhile run in cold children), answers
one JSON request per connection, and exits after 30 idle minutes or on
`mldojo grader stop`. Its socket and lock live in a folder only the user can
open, and it answers only processes of its own user. One lock file makes sure
a single grader serves a data directory.

Layers above may add operations (`ops`): the learning layer adds "check", which
grades and records an attempt here, so that the CLI need not import the
database to send a file. Such an operation is cancelled, as Ctrl-C cancels a
check, when its client goes away before the answer.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import math
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from mldojo.catalog.exercise import Exercise, load_exercise
from mldojo.errors import Interrupted, MldojoError
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool, tree_pss_mb
from mldojo.grading.wire import (
    IDLE_EXIT_S,
    build_id,
    lock_path,
    log_path,
    peer_uid,
    read_message,
    socket_path,
    write_message,
)
from mldojo.interrupts import cancelled_by
from mldojo.settings import Settings
from mldojo.syntax import format_exception

log = logging.getLogger("mldojo.grader")

# An added operation: the request, and the server (its warm grader); it answers a dict.
Op = Callable[[dict[str, Any], "GraderServer"], dict[str, Any]]


class GraderServer:
    def __init__(
        self, settings: Settings, *, idle_exit_s: float, ops: Mapping[str, Op] | None = None
    ) -> None:
        self.settings = settings
        self.ops = dict(ops or {})
        self.idle_exit_s = idle_exit_s
        self.pool = ZygotePool(wait_for_warm=False)
        self.grader = LocalGrader(
            runner=self.pool, cache_dir=settings.cache_dir, prepare_ahead=True
        )
        self.started = time.time()
        self.last_activity = time.monotonic()
        self.active = 0
        self.checks = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._exercises: dict[Path, Exercise] = {}

    def serve(self, listener: socket.socket) -> None:
        threading.Thread(target=self.pool.warm, name="warm", daemon=True).start()
        listener.settimeout(1.0)
        while not self.stopping.is_set():
            with self._lock:
                idle = self.active == 0 and time.monotonic() - self.last_activity > self.idle_exit_s
            if idle:
                log.info("idle for %.0f s: exiting", self.idle_exit_s)
                break
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()
        self.grader.close()
        self.pool.close()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            if peer_uid(conn) != os.getuid():
                return  # only this user's own processes are answered
            try:
                request = read_message(conn, timeout=30.0)
                op = request.get("op") if isinstance(request, dict) else None
                build = request.get("build") if isinstance(request, dict) else None
                if op not in ("status", "stop") and build not in (None, build_id()):
                    # This grader runs older (or newer) code than its client: it may not
                    # read today's exercises. It stops; the client starts a new one.
                    self.stopping.set()
                    answer = dict(_failure("MldojoError", STALE), stale=True)
                elif op in self.ops:
                    answer = self._added(self.ops[op], request, conn)
                else:
                    answer = self._answer(request)
                write_message(conn, answer)
            except (OSError, ValueError) as exc:
                log.info("a request was dropped: %s", exc)

    def _added(self, op: Op, request: dict[str, Any], conn: socket.socket) -> dict[str, Any]:
        """An added operation, stopped if its client goes away."""
        gone = threading.Event()

        def watch() -> None:
            with contextlib.suppress(OSError):
                conn.settimeout(None)
                conn.recv(1)  # b"" once the client has closed or shut down its side
            gone.set()

        def run() -> dict[str, Any]:
            try:
                with cancelled_by(gone):
                    return op(request, self)
            except Interrupted:  # its client went away, or a signal stops the grader
                return _failure("Interrupted", Interrupted.message)

        threading.Thread(target=watch, daemon=True).start()
        return self._work(str(request.get("op")), run)

    def _answer(self, request: Any) -> dict[str, Any]:
        op = request.get("op") if isinstance(request, dict) else None
        if op == "status":
            return {"ok": True, "status": self.status()}
        if op == "stop":
            self.stopping.set()
            return {"ok": True}
        if op == "grade":
            return self._work("grading", lambda: {"ok": True, "verdict": self._grade(request)})
        return _failure("UsageError", f"unknown request {op!r}")

    def _work(self, what: str, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Every request that does work goes through here: it counts as activity (the idle
        exit waits for it; `status` does not keep an idle grader alive), and its failure
        is answered as one sentence. `what` names it in the log."""
        with self._lock:
            self.active += 1
        try:
            return run()
        except MldojoError as exc:
            return _failure(exc.kind, exc.message)
        except Exception as exc:  # a grader bug must reach the learner as a sentence
            log.error("%s failed\n%s", what, format_exception(exc))
            message = (
                f"the grader failed ({type(exc).__name__}: {exc}); see {log_path(self.settings)}"
            )
            return _failure("GraderError", message)
        finally:
            with self._lock:
                self.active -= 1
                self.checks += 1
                self.last_activity = time.monotonic()

    def _grade(self, request: dict[str, Any]) -> dict[str, Any]:
        exercise = self._exercise(Path(request["root"]), Path(request["path"]), request["version"])
        verdict = self.grader.grade(
            exercise, str(request["source"]), seed=request.get("seed"), filename=_name(request)
        )
        return verdict.to_json()

    def _exercise(self, root: Path, folder: Path, version: str) -> Exercise:
        """The exercise as the CLI saw it: loaded again if its files have changed."""
        cached = self._exercises.get(folder)
        if cached is None or cached.version != version:
            cached = load_exercise(root, folder)
            self._exercises[folder] = cached
        if cached.version != version:
            raise MldojoError(
                f"The exercise '{cached.id}' changed while it was being checked; check again."
            )
        return cached

    def status(self) -> dict[str, Any]:
        zygotes = self.pool.status()
        return {
            "running": True,
            "pid": os.getpid(),
            "socket": str(socket_path(self.settings)),
            "up_s": round(time.time() - self.started),
            "idle_s": round(time.monotonic() - self.last_activity),
            "idle_exit_s": self.idle_exit_s,
            "checks": self.checks,
            "cold_runs": self.pool.fallbacks,
            "zygotes": zygotes,
            "pool_pss_mb": round(sum(z["pss_mb"] for z in zygotes), 1),
            "server_pss_mb": round(tree_pss_mb(os.getpid()) - sum(z["pss_mb"] for z in zygotes), 1),
        }


STALE = (
    "The grader was running other code than this mldojo (it was started before an update): "
    "it has stopped; run the command again."
)


def _failure(kind: str, message: str) -> dict[str, Any]:
    """A failed request's answer: the client raises the `mldojo.errors` error of that kind."""
    return {"ok": False, "error": {"kind": kind, "message": message}}


def main(ops: Mapping[str, Op]) -> int:
    """Serve this data directory's checks until idle or stopped (one grader per directory),
    with `ops`: the operations beyond grading (`learning.service` adds "check")."""
    settings = Settings.from_env()
    build_id()  # the code this grader runs, read now: an edit after this makes it stale
    folder = settings.grader_dir
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    logging.basicConfig(
        filename=log_path(settings),
        level=logging.INFO,
        format="%(asctime)s %(process)d %(levelname)s %(message)s",
    )
    with open(lock_path(settings), "a+", encoding="utf-8") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return 0  # another grader serves this data directory
        lock.seek(0)
        lock.truncate()
        lock.write(str(os.getpid()))
        lock.flush()
        path = socket_path(settings)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # left by a grader that was killed; the lock says none runs
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)
        try:
            listener.bind(str(path))
        finally:
            os.umask(old_mask)
        listener.listen(64)
        idle = _idle_exit_s()
        log.info("grader %d listening on %s", os.getpid(), path)
        try:
            GraderServer(settings, idle_exit_s=idle, ops=ops).serve(listener)
        finally:
            listener.close()
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            log.info("grader %d stopped", os.getpid())
    return 0


def _idle_exit_s() -> float:
    """MLDOJO_GRADER_IDLE_S, or the default; a value that is not a positive number is
    logged and the default used (the grader runs detached: there is no one to tell)."""
    text = os.environ.get("MLDOJO_GRADER_IDLE_S")
    if text is None:
        return IDLE_EXIT_S
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        log.warning(
            "MLDOJO_GRADER_IDLE_S=%r is not a positive number of seconds: using %s",
            text,
            IDLE_EXIT_S,
        )
        return IDLE_EXIT_S
    return value


def _name(request: dict[str, Any]) -> str | None:
    """The learner's file name the messages are to quote: a bare name, never a path."""
    name = request.get("filename")
    return Path(name).name or None if isinstance(name, str) else None
