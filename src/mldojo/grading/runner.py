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
from mldojo.grading.sandbox import bwrap_path, sandboxed_command, seccomp_filter
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
    request: dict[str, Any], limits: Limits, *, sandbox: bool = True, hidden: tuple[Path, ...] = ()
) -> ChildOutcome:
    """Run the driver on `request` in a fresh child and collect what it reported."""
    payload = json.dumps(request, allow_nan=False).encode()
    use_sandbox = sandbox and bwrap_path() is not None
    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="mldojo-run-"))
        read_fd, write_fd = os.pipe()
        keep = [write_fd]
        seccomp_fd = None
        if use_sandbox:
            bpf = seccomp_filter()
            if bpf is not None:
                seccomp_fd = os.open(bpf, os.O_RDONLY)
                keep.append(seccomp_fd)
            command = sandboxed_command(result_fd=write_fd, seccomp_fd=seccomp_fd, hidden=hidden)
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
        result: list[bytes] = []
        with os.fdopen(read_fd, "rb") as result_stream:
            assert proc.stdout is not None and proc.stdin is not None
            readers = [
                threading.Thread(
                    target=_read_capped,
                    args=(proc.stdout, limits.output_kb * 1024, output),
                    daemon=True,
                ),
                threading.Thread(
                    target=_read_capped, args=(result_stream, MAX_RESULT_BYTES, result), daemon=True
                ),
            ]
            for reader in readers:
                reader.start()
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.write(payload)
                proc.stdin.close()
            status, usage, timed_out = _wait(
                proc, limits.time_s + STARTUP_ALLOWANCE_S, lambda: _kill_all(proc.pid, cgroup)
            )
            for reader in readers:
                reader.join(timeout=5)
        wall = time.perf_counter() - started
        memory_exhausted = cgroup.memory_exhausted() if cgroup else False
        processes_exhausted = cgroup.processes_exhausted() if cgroup else False
        peak = cgroup.peak_memory_mb() if cgroup else None
        cgroup_cpu = cgroup.cpu_seconds() if cgroup else None
    if use_sandbox and status > 128:
        status = 128 - status  # bwrap reports a child killed by signal N as 128 + N
    parsed: dict[str, Any] | None = None
    raw = b"".join(result)
    if raw and len(raw) < MAX_RESULT_BYTES:
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
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
    )


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
