"""Running code in a child process with limits, apart from the host.

Two ways to start the child, one way to watch it. A cold run (`run_child`) starts
a fresh Python process: inside the sandbox (`grading.sandbox`) where bubblewrap
is available, otherwise in a private scratch folder. A warm run (`grading.pool`)
forks the child from a zygote that has already imported the ML stack. Either
way the child is in its own process group, with a clean environment, closed
stdin, rlimits, a cgroup capping processes and memory where the machine allows
one, and a wall-clock timeout after which everything it started is killed. Time
and memory are read from the kernel (wait4, cgroups), never from the child.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import resource
import selectors
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from mldojo.catalog.schema import Limits
from mldojo.grading.cgroups import RunCgroup, cgroup_support
from mldojo.grading.codec import MAX_DEPTH, MAX_ITEMS
from mldojo.grading.flavours import CUDA, SEALED
from mldojo.grading.sandbox import (
    bootstrap_command,
    bundled_data,
    bwrap_path,
    sandboxed_command,
    seccomp_fd,
)
from mldojo.grading.service import Meanwhile
from mldojo.interrupts import raise_if_stopped

# Python and NumPy start-up is not the learner's time: allow it on top of the limit.
STARTUP_ALLOWANCE_S = 3.0
MAX_RESULT_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES = 16 * 1024 * 1024
POLL_S = 0.02


@dataclass(frozen=True)
class ChildOutcome:
    result: dict[str, Any] | None
    output: str
    returncode: int
    timed_out: bool
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    # Read only for a run without a report or one that timed out (see `collect`).
    memory_exhausted: bool = False
    processes_exhausted: bool = False
    sandboxed: bool = False
    timed_cpu_s: float | None = None  # a timed run: CPU between "ready" and the result
    timed_wall_s: float | None = None
    reached: int | None = None  # the case a slow run last said it was running


class Runner(Protocol):
    """Runs the driver on a request in a fresh child; `flavour` names the stack a warm
    runner should have preloaded for it (`grading.flavours`); `meanwhile` is the
    caller's own work, done once the request is sent, while the child runs (`collect`)."""

    def run(
        self,
        request: dict[str, Any],
        limits: Limits,
        *,
        timed_input: bytes | None = None,
        flavour: str = "base",
        meanwhile: Meanwhile | None = None,
    ) -> ChildOutcome: ...


@dataclass
class Exit:
    """How the child ended, as the kernel told the host (or the zygote that reaped it)."""

    code: int
    cpu_s: float
    max_rss_mb: float


@dataclass
class Started:
    """A child that is running: where to send its input and read its output and result."""

    pid: int  # its process group, as the host sees it
    stdin: IO[bytes]
    output: IO[bytes]
    results: IO[bytes]
    exit_fd: int  # readable once the child has ended (or its watcher is gone)
    reap: Callable[[], Exit]  # how it ended; called once `exit_fd` is readable
    release: Callable[[], None]  # closes `exit_fd` when the run is over
    sandboxed: bool


class _ResultReader:
    """The result pipe's bytes; in a timed run, the kernel's CPU count of the check's
    cgroup (and the host's clock) the moment each of the two lines arrives."""

    def __init__(self, cgroup: RunCgroup | None, timed: bool) -> None:
        self.cgroup, self.timed = cgroup, timed
        self.chunks: list[bytes] = []
        self.size = 0
        self.marks: list[tuple[float, float | None]] = []  # (wall, cpu) per line ended

    def reported(self) -> bool:
        """Whether a report has come, beyond the "case N" lines of a slow run."""
        if not self.chunks:
            return False
        if not self.chunks[0].startswith(b"case "):  # a fast run: nothing to strip
            return True
        return bool(progress(b"".join(self.chunks))[0])

    def feed(self, chunk: bytes) -> None:
        if self.size < MAX_RESULT_BYTES:
            self.chunks.append(chunk)
            self.size += len(chunk)
        for _ in range(chunk.count(b"\n") if self.timed else 0):
            cpu = self.cgroup.cpu_seconds() if self.cgroup else None
            self.marks.append((time.perf_counter(), cpu))


def child_env(home: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": home,
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": os.path.join(home, ".matplotlib"),
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


def cpu_limit_s(limits: Limits) -> int:
    return math.ceil(limits.time_s + STARTUP_ALLOWANCE_S)


def _limit_child(limits: Limits, cgroup: RunCgroup | None) -> None:
    """Runs in a cold child between fork and exec."""
    if cgroup is not None:
        cgroup.join()
    cpu = cpu_limit_s(limits)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


class ColdRunner:
    """A fresh interpreter per run: slow to start, needs nothing warm."""

    def __init__(self, *, sandbox: bool = True, hidden: tuple[Path, ...] = ()) -> None:
        self.sandbox, self.hidden = sandbox, hidden

    def run(
        self,
        request: dict[str, Any],
        limits: Limits,
        *,
        timed_input: bytes | None = None,
        flavour: str = "base",
        meanwhile: Meanwhile | None = None,
    ) -> ChildOutcome:
        return run_child(
            request,
            limits,
            sandbox=self.sandbox,
            hidden=self.hidden + (bundled_data() if flavour == SEALED else ()),
            timed_input=timed_input,
            gpu=flavour == CUDA,
            meanwhile=meanwhile,
        )


def run_child(
    request: dict[str, Any],
    limits: Limits,
    *,
    sandbox: bool = True,
    hidden: tuple[Path, ...] = (),
    timed_input: bytes | None = None,
    gpu: bool = False,
    meanwhile: Meanwhile | None = None,
) -> ChildOutcome:
    """Run the driver on `request` in a fresh interpreter and collect what it reported
    (with `gpu`, the NVIDIA devices are passed into the sandbox)."""
    use_sandbox = sandbox and bwrap_path() is not None
    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="mldojo-run-"))
        read_fd, write_fd = os.pipe()
        keep = [write_fd]
        if use_sandbox:
            seccomp = seccomp_fd()
            if seccomp is not None:
                keep.append(seccomp)
            command = sandboxed_command(
                bootstrap_command("driver", [str(write_fd)]),
                seccomp_fd=seccomp,
                hidden=hidden,
                gpu=gpu,
            )
        else:
            command = bootstrap_command("driver", [str(write_fd)])
        cgroup = make_cgroup(limits)
        if cgroup is not None:
            stack.callback(cgroup.kill_and_remove)
        started = time.perf_counter()
        try:
            proc = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                pass_fds=tuple(keep),
                cwd=scratch,
                env=child_env(scratch),
                start_new_session=True,
                preexec_fn=lambda: _limit_child(limits, cgroup),
            )
        finally:
            for fd in keep:
                os.close(fd)
        assert proc.stdin is not None and proc.stdout is not None

        def reap() -> Exit:
            _, status, usage = os.wait4(proc.pid, 0)
            code = os.waitstatus_to_exitcode(status)
            if use_sandbox and code > 128:
                code = 128 - code  # bwrap reports a child killed by signal N as 128 + N
            proc.returncode = code
            return Exit(code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)

        exit_fd, reaped = _exit_watch(proc.pid, reap)
        stack.callback(os.close, exit_fd)
        child = Started(
            proc.pid,
            proc.stdin,
            proc.stdout,
            os.fdopen(read_fd, "rb"),
            exit_fd,
            reaped,
            lambda: None,
            use_sandbox,
        )
        return collect(child, request, limits, cgroup, timed_input, started, meanwhile)
    raise AssertionError("unreachable")  # pragma: no cover


def collect(
    child: Started,
    request: dict[str, Any],
    limits: Limits,
    cgroup: RunCgroup | None,
    timed_input: bytes | None,
    started: float,
    meanwhile: Meanwhile | None = None,
) -> ChildOutcome:
    """Send the request, do the caller's `meanwhile` work, read what comes back, wait
    (or time out), kill all that is left.

    One thread watches the child's pipes and its exit with a selector: starting
    threads per run, and handing the interpreter between them, costs a warm check
    more than its learner's code does. The same thread does `meanwhile` first: the
    child works on its own until its pipes fill, and that time is not its own.
    """
    watch = _Watch(child, cgroup, limits.output_kb * 1024, timed=timed_input is not None)
    # A timed run's input goes at once: the driver decodes it before it says "ready"
    # and before the learner's code is loaded (`driver.run_timed`).
    data = request_line(request)
    timed_out = False
    try:
        if timed_input is None:
            watch.send(data, last=True)
        else:  # stdin stays open for "go" (`_Watch._pace`)
            watch.send(data + timed_input + b"\n", last=False)
        if meanwhile is not None:
            before = time.perf_counter()
            meanwhile()
            started += time.perf_counter() - before
        deadline = time.monotonic() + limits.time_s + STARTUP_ALLOWANCE_S
        while not watch.finished():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            watch.step(min(remaining, POLL_S))
            raise_if_stopped()  # Ctrl-C or SIGTERM: the finally kills the child at once
    finally:
        kill_all(child.pid, cgroup)  # daemons and forks the learner left behind go too
        watch.drain(DRAIN_S)
        watch.close()
    wall = time.perf_counter() - started
    # Finished before its status came: what it reported is all there is (a report that is
    # not exactly the driver's fails on its own).
    end = watch.exit or Exit(0 if watch.result.reported() else -signal.SIGKILL, 0.0, 0.0)
    cgroup_cpu = cgroup.cpu_seconds() if cgroup else None
    peak = cgroup.peak_memory_mb() if cgroup else None
    raw = b"".join(watch.result.chunks)
    reached = None
    if timed_input is None:  # a slow run's "case N" lines come before its report
        raw, reached = progress(raw)
    result = _parse_result(raw, timed=timed_input is not None)
    # Only a run without a report, or one stopped by the clock, is told why in words
    # (`grading.outcome`): what ran out is read from the kernel for those alone.
    told_why = result is None or timed_out
    timed_cpu = timed_wall = None
    if timed_input is not None and len(watch.result.marks) == 2:
        (wall0, cpu0), (wall1, cpu1) = watch.result.marks
        timed_wall = wall1 - wall0
        timed_cpu = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None
    return ChildOutcome(
        result=result,
        output=b"".join(watch.output).decode("utf-8", "replace"),
        returncode=end.code,
        timed_out=timed_out,
        wall_s=wall,
        cpu_s=cgroup_cpu if cgroup_cpu is not None else end.cpu_s,
        max_rss_mb=peak if peak is not None else end.max_rss_mb,
        memory_exhausted=told_why and cgroup is not None and cgroup.memory_exhausted(),
        processes_exhausted=told_why and cgroup is not None and cgroup.processes_exhausted(),
        sandboxed=child.sandboxed,
        timed_cpu_s=timed_cpu,
        timed_wall_s=timed_wall,
        reached=reached,
    )


class EncodedCases(list[dict[str, Any]]):
    """A request's cases, encoded, with their JSON text written once: a grader that draws
    a check's cases ahead of it (`grading.local`) writes it then, off the check's path."""

    def __init__(self, encoded: list[dict[str, Any]]) -> None:
        super().__init__(encoded)
        self.text = json.dumps(encoded, allow_nan=False)


def request_line(request: dict[str, Any]) -> bytes:
    """The request as the driver reads it: one JSON line."""
    cases = request.get("cases")
    if not isinstance(cases, EncodedCases):
        return json.dumps(request, allow_nan=False).encode() + b"\n"
    rest = json.dumps({k: v for k, v in request.items() if k != "cases"}, allow_nan=False)
    return f'{rest[:-1]}{", " if len(rest) > 2 else ""}"cases": {cases.text}}}\n'.encode()


DRAIN_S = 5.0  # after the kill, how long to wait for the pipes' last bytes


class _Watch:
    """A child's stdin, output and result pipes and its exit, behind one selector."""

    def __init__(self, child: Started, cgroup: RunCgroup | None, cap: int, timed: bool) -> None:
        self.child, self.cap = child, cap
        self.output: list[bytes] = []
        self.kept = 0
        self.result = _ResultReader(cgroup, timed)
        self.exit: Exit | None = None
        self.open = {"output", "result"}
        self._pending = b""
        self._sent = 0  # how much of _pending the child has taken (no copy per write)
        self._last = False
        self._paced = False  # a timed run has been told "go" (or its stdin closed)
        self._selector = selectors.DefaultSelector()
        self._selector.register(child.output, selectors.EVENT_READ, "output")
        self._selector.register(child.results, selectors.EVENT_READ, "result")
        self._selector.register(child.exit_fd, selectors.EVENT_READ, "exit")
        os.set_blocking(child.stdin.fileno(), False)

    def finished(self) -> bool:
        # Every process that could write has closed the pipes (the learner's process has
        # exited, and any it started): the result is final. This comes before the kernel
        # has torn down the child's namespaces, which a warm check need not wait for.
        # Without a report, wait for how it ended instead (a crash is named by its signal).
        return self.exit is not None or (not self.open and self.result.reported())

    def send(self, data: bytes, *, last: bool) -> None:
        """Queue `data` for the child's stdin; `last` closes stdin once it is written."""
        self._pending = self._pending[self._sent :] + data
        self._sent = 0
        self._last = last
        self._write()

    def _pace(self) -> None:
        """A timed run waits at both ends of its timed window for the host to read the
        kernel's CPU count: after "ready" for "go", after its result for stdin to close.
        Any other first line ends the exchange."""
        lines = len(self.result.marks)
        if lines and not self._paced:
            self._paced = True
            said_ready = b"".join(self.result.chunks).startswith(b"ready\n")
            self.send(
                b"go\n" if said_ready and lines == 1 else b"", last=lines > 1 or not said_ready
            )
        elif lines > 1 and not self._last:
            self.send(b"", last=True)

    def _write(self) -> None:
        stdin = self.child.stdin
        try:
            with memoryview(self._pending) as pending:
                while self._sent < len(pending):
                    self._sent += os.write(stdin.fileno(), pending[self._sent : self._sent + 65536])
        except BlockingIOError:
            pass
        except OSError:  # it has gone, or closed its stdin: nothing more to send
            self._pending, self._sent = b"", 0
            self._last = True
        left = self._sent < len(self._pending)
        registered = self._registered(stdin)
        if left and not registered:
            self._selector.register(stdin, selectors.EVENT_WRITE, "stdin")
        elif not left:
            if registered:
                self._selector.unregister(stdin)
            if self._last and not stdin.closed:
                stdin.close()

    def _registered(self, stream: IO[bytes]) -> bool:
        try:
            self._selector.get_key(stream)
        except KeyError:
            return False
        return True

    def step(self, timeout: float) -> None:
        for key, _ in self._selector.select(timeout):
            name = key.data
            if name == "stdin":
                self._write()
            elif name == "exit":
                self._selector.unregister(key.fileobj)
                self.exit = self.child.reap()
            else:
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    self._selector.unregister(key.fileobj)
                    self.open.discard(name)
                elif name == "result":
                    self.result.feed(chunk)
                    if self.result.timed:
                        self._pace()
                elif self.kept < self.cap:
                    self.output.append(chunk[: self.cap - self.kept])
                    self.kept += len(chunk)

    def drain(self, limit_s: float) -> None:
        """After the kill: the pipes' last bytes, until every writer is gone."""
        deadline = time.monotonic() + limit_s
        while self.open and time.monotonic() < deadline:
            self.step(min(POLL_S, max(0.0, deadline - time.monotonic())))

    def close(self) -> None:
        self._selector.close()
        for stream in (self.child.stdin, self.child.output, self.child.results):
            with contextlib.suppress(OSError):
                stream.close()
        self.child.release()


def _exit_watch(pid: int, reap: Callable[[], Exit]) -> tuple[int, Callable[[], Exit]]:
    """A descriptor that becomes readable when process `pid` ends, and its reaper: a
    pidfd where the kernel has them, else a thread that waits and closes a pipe."""
    try:
        return os.pidfd_open(pid), reap
    except (AttributeError, OSError):
        pass
    read_fd, write_fd = os.pipe()
    box: list[Exit] = []

    def wait() -> None:
        try:
            box.append(reap())
        finally:
            os.close(write_fd)

    threading.Thread(target=wait, daemon=True).start()
    return read_fd, lambda: box[0] if box else Exit(-signal.SIGKILL, 0.0, 0.0)


def progress(raw: bytes) -> tuple[bytes, int | None]:
    """The report without the "case N" lines a slow run writes before it, and the last N."""
    reached = None
    while raw.startswith(b"case "):
        line, newline, rest = raw.partition(b"\n")
        if not (newline and line[5:].isdigit() and len(line) < 16):
            break
        reached, raw = int(line[5:]), rest
    return raw, reached


def _parse_result(raw: bytes, *, timed: bool) -> dict[str, Any] | None:
    """The child's report (its "case N" lines taken off); a timed run's must be exactly
    "ready" then one JSON line."""
    if not raw or len(raw) >= MAX_RESULT_BYTES:
        return None
    if timed:
        head, _, rest = raw.partition(b"\n")
        if head != b"ready":  # the driver failed before "ready" (decoding the input)
            return _json(raw) if raw.count(b"\n") == 1 else {"forged": True}
        if not rest:
            return None  # it died after "ready"
        if rest.count(b"\n") != 1:
            return {"forged": True}
        raw = rest
    return _json(raw)


# What the driver's report can hold, from the codec's own caps: a report with more lists
# and objects, or nested deeper, was written by something else, and is refused before
# it can cost the host its memory (a parsed empty list takes 60 bytes) or its stack.
CONTAINERS_AT_MOST = 2 * MAX_ITEMS + 10_000
NESTING_AT_MOST = 8 * MAX_DEPTH + 16


def _json(raw: bytes) -> dict[str, Any]:
    """Bytes that are not the driver's one JSON object were written by something else."""
    if raw.count(b"[") + raw.count(b"{") > CONTAINERS_AT_MOST:
        return {"forged": True}
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return {"forged": True}
    if not isinstance(value, dict) or _nested_deeper(value, NESTING_AT_MOST):
        return {"forged": True}
    return value


def _nested_deeper(value: Any, limit: int) -> bool:
    stack = [(value, 0)]
    while stack:  # without recursion, which is what a forged depth would break
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, dict | list))
    return False


def make_cgroup(limits: Limits) -> RunCgroup | None:
    support = cgroup_support()
    if not (support.pids or support.memory):
        return None
    try:
        return RunCgroup(memory_mb=limits.memory_mb)
    except OSError:
        return None


def kill_all(pid: int, cgroup: RunCgroup | None) -> None:
    """The process group, and every process in the check's cgroup (one that left the
    group or was started while the group was being killed goes too)."""
    if pid > 0:  # never 0 or -1: those would reach the host's own processes
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    if cgroup is not None:
        cgroup.signal_all()
