"""Running code in a child process with limits, apart from the host.

A fresh Python process per run, in its own process group, with a clean
environment, closed stdin, rlimits on CPU time, data memory and file size, a
cgroup capping processes and memory where the machine allows one, and a
wall-clock timeout after which everything it started is killed. Inside the
sandbox (`grading.sandbox`) where bubblewrap is available; otherwise in a
private scratch folder. Time and memory are read from the kernel (wait4,
cgroups), never from the child.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mldojo.catalog.schema import Limits
from mldojo.grading.cgroups import RunCgroup, cgroup_support
from mldojo.grading.sandbox import bwrap_path, sandboxed_command, seccomp_fd
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
    memory_exhausted: bool = False
    processes_exhausted: bool = False
    sandboxed: bool = False
    timed_cpu_s: float | None = None  # a timed run: CPU between "ready" and the result
    timed_wall_s: float | None = None


class _ResultReader:
    """Reads the result pipe; in a timed run, notes the kernel's CPU count of the check's
    cgroup (and the host's clock) the moment each of the two lines arrives."""

    def __init__(self, stream: Any, cgroup: RunCgroup | None) -> None:
        self.stream, self.cgroup = stream, cgroup
        self.chunks: list[bytes] = []
        self.marks: list[tuple[float, float | None]] = []  # (wall, cpu) per line ended
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)

    def _read(self) -> None:
        size = 0
        while chunk := self.stream.read1(65536):
            if size < MAX_RESULT_BYTES:
                self.chunks.append(chunk)
                size += len(chunk)
            for _ in range(chunk.count(b"\n")):
                cpu = self.cgroup.cpu_seconds() if self.cgroup else None
                self.marks.append((time.perf_counter(), cpu))
                self.ready.set()
        self.stream.close()


def _child_env(home: str) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": home,
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "MPLBACKEND": "Agg",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


def _limit_child(limits: Limits, cgroup: RunCgroup | None) -> None:
    """Runs in the child between fork and exec."""
    if cgroup is not None:
        cgroup.join()
    cpu = math.ceil(limits.time_s + STARTUP_ALLOWANCE_S)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _read_capped(stream: Any, cap: int, sink: list[bytes]) -> None:
    kept = 0
    while chunk := stream.read(65536):
        if kept < cap:
            sink.append(chunk[: cap - kept])
            kept += len(chunk)
    stream.close()


def run_child(
    request: dict[str, Any],
    limits: Limits,
    *,
    sandbox: bool = True,
    hidden: tuple[Path, ...] = (),
    timed_input: bytes | None = None,
) -> ChildOutcome:
    """Run the driver on `request` in a fresh child and collect what it reported.

    With `timed_input` (a speed run), the input is sent only after the child says it
    is ready, and the CPU used between that and its result is measured here."""
    payload = json.dumps(request, allow_nan=False).encode() + b"\n"
    use_sandbox = sandbox and bwrap_path() is not None
    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="mldojo-run-"))
        read_fd, write_fd = os.pipe()
        keep = [write_fd]
        if use_sandbox:
            seccomp = seccomp_fd()
            if seccomp is not None:
                keep.append(seccomp)
            command = sandboxed_command(result_fd=write_fd, seccomp_fd=seccomp, hidden=hidden)
        else:
            command = [sys.executable, "-I", "-m", "mldojo.grading.driver", str(write_fd)]
        cgroup = _make_cgroup(limits)
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
                env=_child_env(scratch),
                start_new_session=True,
                preexec_fn=lambda: _limit_child(limits, cgroup),
            )
        finally:
            for fd in keep:
                os.close(fd)
        output: list[bytes] = []
        with os.fdopen(read_fd, "rb") as result_stream:
            assert proc.stdout is not None and proc.stdin is not None
            printed = threading.Thread(
                target=_read_capped,
                args=(proc.stdout, limits.output_kb * 1024, output),
                daemon=True,
            )
            reader = _ResultReader(result_stream, cgroup)
            printed.start()
            reader.thread.start()
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.write(payload)
                proc.stdin.flush()
                if timed_input is not None:
                    _send_when_ready(proc, reader, timed_input, limits.time_s + STARTUP_ALLOWANCE_S)
                proc.stdin.close()
            status, usage, timed_out = _wait(
                proc, limits.time_s + STARTUP_ALLOWANCE_S, lambda: _kill_all(proc.pid, cgroup)
            )
            printed.join(timeout=5)
            reader.thread.join(timeout=5)
        wall = time.perf_counter() - started
        memory_exhausted = cgroup.memory_exhausted() if cgroup else False
        processes_exhausted = cgroup.processes_exhausted() if cgroup else False
        peak = cgroup.peak_memory_mb() if cgroup else None
        cgroup_cpu = cgroup.cpu_seconds() if cgroup else None
    if use_sandbox and status > 128:
        status = 128 - status  # bwrap reports a child killed by signal N as 128 + N
    raw = b"".join(reader.chunks)
    parsed = _parse_result(raw, timed=timed_input is not None)
    timed_cpu = timed_wall = None
    if timed_input is not None and len(reader.marks) == 2:
        (wall0, cpu0), (wall1, cpu1) = reader.marks
        timed_wall = wall1 - wall0
        timed_cpu = cpu1 - cpu0 if cpu0 is not None and cpu1 is not None else None
    return ChildOutcome(
        result=parsed,
        output=b"".join(output).decode("utf-8", "replace"),
        returncode=status,
        timed_out=timed_out,
        wall_s=wall,
        cpu_s=cgroup_cpu
        if cgroup_cpu is not None
        else (usage.ru_utime + usage.ru_stime if usage else 0.0),
        max_rss_mb=peak if peak is not None else (usage.ru_maxrss / 1024 if usage else 0.0),
        memory_exhausted=memory_exhausted,
        processes_exhausted=processes_exhausted,
        sandboxed=use_sandbox,
        timed_cpu_s=timed_cpu,
        timed_wall_s=timed_wall,
    )


def _send_when_ready(
    proc: subprocess.Popen[bytes], reader: _ResultReader, line: bytes, timeout: float
) -> None:
    """Send a timed run's input once the child has loaded and said "ready"."""
    deadline = time.monotonic() + timeout
    while not reader.ready.wait(POLL_S):
        raise_if_stopped()
        if proc.poll() is not None or time.monotonic() > deadline:
            return  # it ended or hangs before "ready": the wait that follows handles it
    assert proc.stdin is not None
    proc.stdin.write(line + b"\n")
    proc.stdin.flush()


def _parse_result(raw: bytes, *, timed: bool) -> dict[str, Any] | None:
    """The child's report; a timed run's must be exactly "ready" then one JSON line."""
    if not raw or len(raw) >= MAX_RESULT_BYTES:
        return None
    if timed:
        head, _, rest = raw.partition(b"\n")
        if head != b"ready":  # a load error is reported before "ready"
            return _json(raw) if raw.count(b"\n") == 1 else {"forged": True}
        if not rest:
            return None  # it died after "ready"
        if rest.count(b"\n") != 1:
            return {"forged": True}
        raw = rest
    return _json(raw)


def _json(raw: bytes) -> dict[str, Any]:
    """Bytes that are not the driver's one JSON object were written by something else."""
    try:
        value = json.loads(raw)
    except ValueError:
        return {"forged": True}
    return value if isinstance(value, dict) else {"forged": True}


def _make_cgroup(limits: Limits) -> RunCgroup | None:
    support = cgroup_support()
    if not (support.pids or support.memory):
        return None
    try:
        return RunCgroup(memory_mb=limits.memory_mb)
    except OSError:
        return None


def _wait(
    proc: subprocess.Popen[bytes], timeout: float, kill_all: Callable[[], None]
) -> tuple[int, Any, bool]:
    """Wait for the child with wait4 (kernel rusage); then kill all it left, however
    it ended: finished, timed out, or interrupted by Ctrl-C or SIGTERM."""
    box: dict[str, Any] = {}

    def reap() -> None:
        _, status, usage = os.wait4(proc.pid, 0)
        box["status"], box["usage"] = status, usage

    waiter = threading.Thread(target=reap, daemon=True)
    waiter.start()
    deadline = time.monotonic() + timeout
    try:
        while waiter.is_alive() and time.monotonic() < deadline:
            waiter.join(POLL_S)
            raise_if_stopped()  # Ctrl-C or SIGTERM: the finally kills the child at once
        timed_out = waiter.is_alive()
    finally:
        kill_all()  # daemons and forks the learner left behind go too
    waiter.join()
    code = os.waitstatus_to_exitcode(box["status"])
    proc.returncode = code
    return code, box["usage"], timed_out


def _kill_all(pid: int, cgroup: RunCgroup | None) -> None:
    """The process group, and every process in the check's cgroup (one that left the
    group or was started while the group was being killed goes too)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    if cgroup is not None:
        cgroup.kill()
