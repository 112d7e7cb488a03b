"""The warm pool, host side: zygotes that fork a sandboxed child per run.

A zygote (`grading.zygote`) is started once per flavour ("numpy": NumPy alone;
"base": NumPy, pandas, SciPy, scikit-learn, Matplotlib, SymPy; "torch": PyTorch;
`grading.flavours` picks one per run from its imports) inside the sandbox, and then
forks a child for each run in a few milliseconds instead of the second or more
a fresh interpreter needs to import the stack. CUDA is never initialised in a
zygote: it only imports.

Per run the host makes the child's pipes and a socket for the run, and hands
them to the zygote. The forked child says it has started; the kernel attaches
its pid (as the host sees it) to that message, so the host can put it in the
run's cgroup before it goes on. The rest (waiting, timeouts, killing, reading
the result) is the same as for a cold run (`grading.runner.collect`).

A zygote that has died is started again on the next run; one that cannot start
at all leaves the runs to cold children, so a check never depends on it.
"""

from __future__ import annotations

import array
import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mldojo.catalog.schema import Limits
from mldojo.grading.cgroups import RunCgroup, remove_later
from mldojo.grading.flavours import CUDA, FLAVOURS, SEALED
from mldojo.grading.runner import (
    MAX_FILE_BYTES,
    ChildOutcome,
    ColdRunner,
    Exit,
    Started,
    child_env,
    collect,
    cpu_limit_s,
    kill_all,
    make_cgroup,
)
from mldojo.grading.sandbox import (
    SCRATCH_BYTES,
    Protection,
    bootstrap_command,
    bwrap_path,
    roots_under_tmp,
    sandboxed_command,
    seccomp_filter,
)
from mldojo.grading.service import Meanwhile

START_TIMEOUT_S = 180.0  # importing the stack on a cold disk
HANDSHAKE_TIMEOUT_S = 20.0


class ZygoteUnavailable(Exception):
    """The zygote could not be started or reached; the run goes to a cold child."""


class Zygote:
    """One warm process of one flavour, and the socket that orders children from it."""

    def __init__(self, flavour: str, *, sandbox: bool = True) -> None:
        self.flavour = flavour
        self.sandbox = sandbox and bwrap_path() is not None
        self.namespaces = False
        self.started_at = 0.0
        self._proc: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self._errors: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._home: tempfile.TemporaryDirectory[str] | None = None

    @property
    def ready(self) -> bool:
        return self._control is not None and self.pid is not None

    def start_in_background(self) -> None:
        if not self._lock.locked():
            threading.Thread(target=self._start_quietly, daemon=True).start()

    def _start_quietly(self) -> None:
        with contextlib.suppress(ZygoteUnavailable):
            self.start()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def start(self) -> None:
        """Start it (if it is not running) and wait until it has imported its stack."""
        with self._lock:
            if self.pid is not None and self._control is not None:
                return
            self._stop_locked()
            self._start_locked()

    def _start_locked(self) -> None:
        host, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        program = (Path(__file__).with_name("zygote.py")).read_text(encoding="utf-8")
        bpf = seccomp_filter()
        inner = bootstrap_command(
            program,
            [
                self.flavour,
                str(child.fileno()),
                bpf.hex() if bpf else "-",
                str(SCRATCH_BYTES),
                "sandboxed" if self.sandbox else "plain",
                json.dumps(roots_under_tmp()),
            ],
        )
        self._home = tempfile.TemporaryDirectory(prefix="mldojo-zygote-")
        command = (
            sandboxed_command(inner, seccomp_fd=None, die_with_parent=False)
            if self.sandbox
            else inner
        )
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (kept open while it runs)
        try:
            self._proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._errors,
                pass_fds=(child.fileno(),),
                cwd=self._home.name,
                env=child_env(self._home.name),
                start_new_session=True,
            )
        except OSError as exc:
            host.close()
            raise ZygoteUnavailable(f"could not start the {self.flavour} zygote: {exc}") from exc
        finally:
            child.close()
        host.settimeout(START_TIMEOUT_S)
        try:
            hello = json.loads(host.recv(4096) or b"null")
        except (OSError, ValueError):
            hello = None
        if not isinstance(hello, dict) or not hello.get("ready"):
            host.close()
            detail = self._error_tail()
            self._stop_locked()
            raise ZygoteUnavailable(f"the {self.flavour} zygote did not start: {detail}")
        host.settimeout(None)
        self._control = host
        self.namespaces = bool(hello.get("namespaces"))
        self.started_at = time.time()

    def _error_tail(self) -> str:
        if self._errors is None:
            return ""
        self._errors.seek(0)
        return self._errors.read()[-800:].decode("utf-8", "replace").strip()

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait()
            self._proc = None
        if self._errors is not None:
            self._errors.close()
            self._errors = None
        if self._home is not None:
            self._home.cleanup()
            self._home = None

    def order(self, limits: Limits, scratch: str) -> tuple[socket.socket, list[int]]:
        """Ask for a child; returns the run's socket and the host's ends of its pipes
        (stdin to write, output and result to read)."""
        stdin_r, stdin_w = os.pipe()
        output_r, output_w = os.pipe()
        result_r, result_w = os.pipe()
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        mine.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        order = {
            "limits": {
                "cpu_s": cpu_limit_s(limits),
                "memory_bytes": limits.memory_mb * 2**20,
                "file_bytes": MAX_FILE_BYTES,
            },
            "scratch": scratch,
        }
        fds = array.array("i", [stdin_r, output_w, result_w, theirs.fileno()])
        try:
            with self._lock:
                if self._control is None:
                    raise ZygoteUnavailable(f"the {self.flavour} zygote is not running")
                self._control.sendmsg(
                    [json.dumps(order).encode()], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)]
                )
        except (OSError, ZygoteUnavailable):
            mine.close()
            for fd in (stdin_w, output_r, result_r):
                os.close(fd)
            raise
        finally:
            theirs.close()
            for fd in (stdin_r, output_w, result_w):
                os.close(fd)
        return mine, [stdin_w, output_r, result_r]


def _started_pid(run: socket.socket) -> int:
    """The child's first message; its pid is the one the kernel attached to it."""
    run.settimeout(HANDSHAKE_TIMEOUT_S)
    size = struct.calcsize("3i")
    message, ancillary, _, _ = run.recvmsg(64, socket.CMSG_SPACE(size))
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS and message:
            pid: int = struct.unpack("3i", data[:size])[0]
            if pid > 1:
                return pid
    raise ZygoteUnavailable("the zygote's child did not start")


def _reaper(run: socket.socket) -> Exit:
    """What the child's watcher reports when the learner's process has ended; nothing
    (the socket closes) when the run was killed."""
    run.settimeout(None)
    try:
        report = json.loads(run.recv(4096) or b"null")
    except (OSError, ValueError):
        report = None
    finally:
        run.close()
    if not isinstance(report, dict):
        return Exit(-signal.SIGKILL, 0.0, 0.0)
    return Exit(
        os.waitstatus_to_exitcode(int(report["status"])),
        float(report["cpu_s"]),
        float(report["rss_kb"]) / 1024,
    )


# A prepared child runs under these until it is claimed; the claim sets the run's own
# limits (the driver applies them before any learner code, the host sets the cgroup).
PREPARED_LIMITS = Limits(time_s=300, memory_mb=8192)
# Its cgroup starts at the memory limit most exercises set, so that claiming it for one
# of them writes nothing there; a run with another limit sets its own at the claim.
PREPARED_CGROUP_MB = 512
READY = {"numpy": 3, "base": 2, "torch": 1}  # children kept prepared per flavour
# After a run, the refill waits this long while a prepared child is left: forking the
# next child competes with the host for its interpreter while it judges the run.
REFILL_AFTER_S = 0.02


@dataclass
class Prepared:
    """A child forked, in its cgroup and namespaces, its driver waiting for a request."""

    zygote: Zygote
    run: socket.socket
    pid: int
    streams: list[IO[bytes]]
    cgroup: RunCgroup | None
    scratch: tempfile.TemporaryDirectory[str] | None

    def alive(self) -> bool:
        """Its watcher is still there (a closed run socket means it is gone)."""
        try:
            return self.run.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
        except BlockingIOError:
            return True
        except OSError:
            return False

    def discard(self) -> None:
        kill_all(self.pid, self.cgroup)  # a pid of 0 (not started yet) is never signalled
        self.run.close()
        for stream in self.streams:
            stream.close()
        self.release()

    def release(self) -> None:
        """After a run (which ends by killing all in its cgroup) or a discard."""
        if self.cgroup is not None:
            remove_later(self.cgroup)
        if self.scratch is not None:
            self.scratch.cleanup()


class ZygotePool:
    """The warm runner: a zygote per flavour, and a few children of each already forked
    and waiting, so that a run only has to send its request."""

    def __init__(self, *, sandbox: bool = True, wait_for_warm: bool = True) -> None:
        """With `wait_for_warm` false, a run that finds its zygote still importing (or
        not started) goes to a cold child at once instead of waiting for it."""
        self.sandbox = sandbox
        self.wait_for_warm = wait_for_warm
        self.zygotes = {flavour: Zygote(flavour, sandbox=sandbox) for flavour in FLAVOURS}
        self._fresh = ColdRunner(sandbox=sandbox)  # CUDA, sealed runs, and no zygote
        self.fallbacks = 0
        self._ready: dict[str, list[Prepared]] = {flavour: [] for flavour in FLAVOURS}
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._wanted: set[str] = set()  # flavours the refill thread is to top up
        self._refiller: threading.Thread | None = None
        self._closed = False

    def warm(self, flavours: tuple[str, ...] = FLAVOURS) -> None:
        for flavour in flavours:
            with contextlib.suppress(ZygoteUnavailable):
                self.zygotes[flavour].start()
                self._refill(flavour)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._wake.notify_all()
            prepared = [p for ready in self._ready.values() for p in ready]
            for ready in self._ready.values():
                ready.clear()
        for child in prepared:
            child.discard()
        for zygote in self.zygotes.values():
            zygote.stop()

    def run(
        self,
        request: dict[str, Any],
        limits: Limits,
        *,
        timed_input: bytes | None = None,
        flavour: str = "base",
        meanwhile: Meanwhile | None = None,
    ) -> ChildOutcome:
        if flavour in (CUDA, SEALED):
            # CUDA is initialised in a fresh process, never a fork; a zygote's view shows
            # the bundled data that a sealed run must not see.
            return self._fresh.run(
                request, limits, timed_input=timed_input, flavour=flavour, meanwhile=meanwhile
            )
        zygote = self.zygotes[flavour]
        for attempt in range(2 if self.wait_for_warm or zygote.ready else 0):
            try:
                zygote.start()
                child = self._claim(flavour)
            except ZygoteUnavailable:
                if attempt == 0:
                    zygote.stop()  # it died or hangs: the next try starts a fresh one
                continue
            try:
                return self._run(child, request, limits, timed_input, meanwhile)
            finally:
                # After the run, not during it: forking the next child would compete
                # with this one for the CPU and the host's interpreter.
                self._refill_in_background(flavour)
        if not self.wait_for_warm and not zygote.ready:
            zygote.start_in_background()
        self.fallbacks += 1
        return self._fresh.run(
            request, limits, timed_input=timed_input, flavour=flavour, meanwhile=meanwhile
        )

    def _claim(self, flavour: str) -> Prepared:
        while True:
            with self._lock:
                ready = self._ready[flavour]
                child = ready.pop(0) if ready else None
            if child is None:
                return self._prepare(self.zygotes[flavour])
            if child.alive():
                return child
            child.discard()

    def _refill_in_background(self, flavour: str) -> None:
        """Ask the refill thread for this flavour's children (started once: starting a
        thread per run costs a warm check a good part of a millisecond)."""
        with self._lock:
            if self._closed:
                return
            self._wanted.add(flavour)
            if self._refiller is None:
                self._refiller = threading.Thread(
                    target=self._refill_forever, name="zygote-refill", daemon=True
                )
                self._refiller.start()
            self._wake.notify()

    def _refill_forever(self) -> None:
        while True:
            with self._lock:
                while not self._wanted and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                flavour = self._wanted.pop()
            with contextlib.suppress(OSError):  # the next run prepares its own child
                self._refill(flavour, after_run=True)

    def _refill(self, flavour: str, after_run: bool = False) -> None:
        if after_run and self.ready_count(flavour):
            time.sleep(REFILL_AFTER_S)
        while True:
            with self._lock:
                if self._closed or len(self._ready[flavour]) >= READY[flavour]:
                    return
            try:
                child = self._prepare(self.zygotes[flavour])
            except ZygoteUnavailable:
                return
            with self._lock:
                if self._closed:
                    child.discard()
                    return
                self._ready[flavour].append(child)

    def _prepare(self, zygote: Zygote) -> Prepared:
        """Fork a child, put it in a cgroup of its own, and let it get ready."""
        scratch = None
        if not zygote.namespaces:  # else the child mounts a fresh /tmp of its own
            scratch = tempfile.TemporaryDirectory(prefix="mldojo-run-")
        cgroup = make_cgroup(Limits(memory_mb=PREPARED_CGROUP_MB))
        try:
            run, (stdin_w, output_r, result_r) = zygote.order(
                PREPARED_LIMITS, scratch.name if scratch else ""
            )
        except (OSError, ZygoteUnavailable) as exc:
            if cgroup is not None:
                remove_later(cgroup)
            if scratch is not None:
                scratch.cleanup()
            raise ZygoteUnavailable(str(exc)) from exc
        streams: list[IO[bytes]] = [
            open(stdin_w, "wb"),  # noqa: SIM115 (closed by collect or discard)
            open(output_r, "rb"),  # noqa: SIM115
            open(result_r, "rb"),  # noqa: SIM115
        ]
        child = Prepared(zygote, run, 0, streams, cgroup, scratch)
        try:
            child.pid = _started_pid(run)
            if cgroup is not None:
                cgroup.attach(child.pid)
            run.sendall(b"go")
        except (OSError, ZygoteUnavailable) as exc:
            child.discard()
            raise ZygoteUnavailable(str(exc)) from exc
        run.settimeout(None)  # blocking, so that alive()'s MSG_DONTWAIT never waits
        return child

    def _run(
        self,
        child: Prepared,
        request: dict[str, Any],
        limits: Limits,
        timed_input: bytes | None,
        meanwhile: Meanwhile | None,
    ) -> ChildOutcome:
        try:
            if child.cgroup is not None:
                child.cgroup.set_memory_limit(limits.memory_mb)
            request = dict(
                request,
                limits={
                    "cpu_s": cpu_limit_s(limits),
                    "memory_bytes": limits.memory_mb * 2**20,
                    "file_bytes": MAX_FILE_BYTES,
                },
            )
            started = time.perf_counter()
            run = child.run
            process = Started(
                child.pid,
                child.streams[0],
                child.streams[1],
                child.streams[2],
                run.fileno(),
                lambda: _reaper(run),
                run.close,  # its watcher's report may come after the result; not waited for
                child.zygote.sandbox,
            )
            return collect(process, request, limits, child.cgroup, timed_input, started, meanwhile)
        finally:
            child.release()

    def ready_count(self, flavour: str) -> int:
        """Children of this flavour forked and waiting (each with its own cgroup)."""
        with self._lock:
            return len(self._ready[flavour])

    def status(self) -> list[dict[str, Any]]:
        """Each zygote: running or not, its pid, namespaces per child, and its memory (PSS)."""
        out = []
        for flavour, zygote in self.zygotes.items():
            pid = zygote.pid
            out.append(
                {
                    "flavour": flavour,
                    "running": pid is not None,
                    "pid": pid,
                    "sandboxed": zygote.sandbox,
                    "namespaces_per_check": zygote.namespaces,
                    "ready": self.ready_count(flavour),
                    "pss_mb": round(tree_pss_mb(pid), 1) if pid else 0.0,
                    "up_s": round(time.time() - zygote.started_at) if zygote.ready else 0,
                    # Running, but not yet through its handshake: no child can fork yet.
                    "starting": pid is not None and not zygote.ready,
                }
            )
        return out


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and all its descendants, in MB."""
    total = 0
    for each in [pid, *descendants(pid)]:
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{each}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total / 1024


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, through /proc's children lists."""
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                for child in (task / "children").read_text().split():
                    found += [int(child), *descendants(int(child))]
    return found


def warm_protection() -> Protection:
    """Whether children forked from a zygote here get namespaces of their own."""
    on = False
    if bwrap_path() is not None:
        program = Path(__file__).with_name("zygote.py").read_text(encoding="utf-8")
        inner = bootstrap_command(
            program, ["probe", str(SCRATCH_BYTES), json.dumps(roots_under_tmp())]
        )
        command = sandboxed_command(inner, seccomp_fd=None)
        with contextlib.suppress(OSError, ValueError, subprocess.TimeoutExpired):
            done = subprocess.run(
                command, capture_output=True, timeout=60, check=False, env=child_env("/tmp")
            )
            on = bool(json.loads(done.stdout or b"{}").get("namespaces"))
    return Protection(
        "namespaces per warm check",
        on,
        "each check forked from the warm pool gets its own user, pid, mount, network, ipc "
        "and uts namespaces, an empty /proc and a fresh /tmp"
        if on
        else "allow nested unprivileged user namespaces (sysctl user.max_user_namespaces > 0; "
        "on Ubuntu, kernel.apparmor_restrict_unprivileged_userns=0); checks still run "
        "inside the shared sandbox",
    )
