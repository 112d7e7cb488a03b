"""A cgroup per check, where the machine lets mldojo make one: process and memory caps.

cgroup v1 (separate `pids` and `memory` hierarchies) and v2 (one unified tree)
are both handled. The child joins its cgroup between fork and exec, so every
process it starts is counted and capped; afterwards the host kills whatever is
left in it (even a process that left the process group) and reads what the
kernel recorded.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import threading
import time
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
PARENT = "mldojo"
MAX_PIDS = 64


@dataclass(frozen=True)
class CgroupSupport:
    pids: bool
    memory: bool
    cpu: bool
    advice: str


@cache  # which cgroup version is mounted does not change while mldojo runs
def _v2_root() -> Path | None:
    if (ROOT / "cgroup.controllers").exists():
        return ROOT
    return None


def _parent_dirs() -> dict[str, Path]:
    """Where per-check cgroups go, per controller, if mldojo may create them."""
    dirs: dict[str, Path] = {}
    v2 = _v2_root()
    if v2 is not None:
        controllers = (v2 / "cgroup.controllers").read_text().split()
        for controller in ("pids", "memory"):
            if controller in controllers:
                dirs[controller] = v2 / PARENT
        dirs["cpuacct"] = v2 / PARENT  # cpu.stat is kept for every v2 cgroup
        return dirs
    for controller in ("pids", "memory", "cpuacct"):
        if (ROOT / controller / "cgroup.procs").exists():
            dirs[controller] = ROOT / controller / PARENT
    return dirs


def _sweep_stale(parent: Path) -> None:
    """Remove empty per-check cgroups left by a grader that was killed outright."""
    for child in parent.glob("run-*"):
        pid = child.name.split("-")[1]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            with contextlib.suppress(OSError):
                child.rmdir()


@cache
def cgroup_support() -> CgroupSupport:
    usable = {}
    for controller, parent in _parent_dirs().items():
        try:
            parent.mkdir(exist_ok=True)
            if _v2_root() is not None:
                with contextlib.suppress(OSError):
                    (parent.parent / "cgroup.subtree_control").write_text(f"+{controller}")
                    (parent / "cgroup.subtree_control").write_text(f"+{controller}")
            _sweep_stale(parent)
            probe = parent / f"probe-{uuid.uuid4().hex[:8]}"
            probe.mkdir()
            probe.rmdir()
            usable[controller] = True
        except OSError:
            usable[controller] = False
    advice = (
        "run the grader as root, or on a systemd machine with a delegated cgroup "
        "(systemd-run --user --scope -p Delegate=yes mldojo ...)"
    )
    return CgroupSupport(
        pids=usable.get("pids", False),
        memory=usable.get("memory", False),
        cpu=usable.get("cpuacct", False),
        advice=advice,
    )


class RunCgroup:
    """The cgroups of one check (one per controller on v1, one on v2)."""

    def __init__(self, *, memory_mb: int) -> None:
        support = cgroup_support()
        parents = _parent_dirs()
        name = f"run-{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self.dirs: dict[str, Path] = {}
        for controller, usable in (
            ("pids", support.pids),
            ("memory", support.memory),
            ("cpuacct", support.cpu),
        ):
            if usable:
                path = parents[controller] / name
                if path not in self.dirs.values():
                    path.mkdir()
                self.dirs[controller] = path
        if "pids" in self.dirs:
            (self.dirs["pids"] / "pids.max").write_text(str(MAX_PIDS))
        self.memory_mb: int | None = None  # a new cgroup's memory is unlimited
        self.set_memory_limit(memory_mb)

    def set_memory_limit(self, memory_mb: int) -> None:
        """Cap memory, swap included (v1 needs memory+swap never below memory alone)."""
        memory = self.dirs.get("memory")
        if memory is None or memory_mb == self.memory_mb:
            return
        limit = str(memory_mb * 1024 * 1024)
        if _v2_root() is not None:
            (memory / "memory.max").write_text(limit)
            with contextlib.suppress(OSError):
                (memory / "memory.swap.max").write_text("0")
        else:
            files = ["memory.limit_in_bytes", "memory.memsw.limit_in_bytes"]
            if self.memory_mb is not None and memory_mb > self.memory_mb:
                files.reverse()  # raising: the combined limit first
            for name in files:
                with contextlib.suppress(FileNotFoundError):  # no swap accounting
                    (memory / name).write_text(limit)
        self.memory_mb = memory_mb

    def join(self) -> None:
        """Called in a cold child between fork and exec."""
        self.attach(os.getpid())

    def attach(self, pid: int) -> None:
        """Move a process in (a warm child, before it runs anything of the learner's)."""
        for path in set(self.dirs.values()):
            (path / "cgroup.procs").write_text(str(pid))

    def memory_exhausted(self) -> bool:
        memory = self.dirs.get("memory")
        if memory is None:
            return False
        with contextlib.suppress(OSError):
            events = memory / "memory.events"
            if events.exists():
                counts = dict(line.split() for line in _read(events).splitlines())
                return int(counts.get("oom_kill", "0")) > 0 or int(counts.get("max", "0")) > 0
            return int(_read(memory / "memory.failcnt")) > 0
        return False

    def processes_exhausted(self) -> bool:
        pids = self.dirs.get("pids")
        if pids is None:
            return False
        with contextlib.suppress(OSError, ValueError):
            for line in _read(pids / "pids.events").splitlines():
                key, value = line.split()
                if key == "max" and int(value) > 0:
                    return True
        return False

    def cpu_seconds(self) -> float | None:
        """CPU time of every process the check ran, as the kernel counted it."""
        cpu = self.dirs.get("cpuacct")
        if cpu is None:
            return None
        with contextlib.suppress(OSError, ValueError, KeyError):
            stat = cpu / "cpu.stat"
            if _v2_root() is not None and stat.exists():
                usage = dict(line.split() for line in _read(stat).splitlines())
                return int(usage["usage_usec"]) / 1e6
            return int(_read(cpu / "cpuacct.usage")) / 1e9
        return None

    def peak_memory_mb(self) -> float | None:
        memory = self.dirs.get("memory")
        if memory is None:
            return None
        for name in ("memory.peak", "memory.max_usage_in_bytes"):
            with contextlib.suppress(OSError, ValueError):
                return int(_read(memory / name)) / 2**20
        return None

    def signal_all(self) -> None:
        """SIGKILL every process in the cgroup now (one that left the process group too).
        Each process of the check is in every one of its cgroups (moved in before it ran,
        and a fork stays where its parent is), so one list names them all; `kill`, later,
        empties each."""
        path = self.dirs.get("pids") or next(iter(self.dirs.values()), None)
        for pid in self._pids(path) if path is not None else []:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)

    @staticmethod
    def _pids(path: Path) -> list[int]:
        try:
            return [int(p) for p in _read(path / "cgroup.procs").split()]
        except (OSError, ValueError):
            return []

    def kill(self) -> None:
        """Kill until the cgroup is empty (a process forked while it was being killed too)."""
        for path in set(self.dirs.values()):
            for _ in range(50):
                pids = self._pids(path)
                if not pids:
                    break
                for pid in pids:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGKILL)
                time.sleep(0.01)

    def kill_and_remove(self) -> None:
        self.kill()
        for path in set(self.dirs.values()):
            with contextlib.suppress(OSError):
                path.rmdir()


def _read(path: Path) -> str:
    """A cgroup file's text: the kernel's counters are short, read in one go without the
    layers of a text file (a warm check reads several)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, 1 << 16).decode()
    finally:
        os.close(fd)


_cleanup: queue.SimpleQueue[RunCgroup] = queue.SimpleQueue()


def _clean_forever() -> None:
    while True:
        _cleanup.get().kill_and_remove()


_cleaner = threading.Thread(target=_clean_forever, name="cgroup-cleanup", daemon=True)
_cleaner_lock = threading.Lock()


def remove_later(cgroup: RunCgroup) -> None:
    """Empty and remove a check's cgroup in the background, once its processes have been
    sent SIGKILL: a warm check need not wait for the kernel to finish tearing them down."""
    with _cleaner_lock:
        if not _cleaner.is_alive():
            _cleaner.start()
    _cleanup.put(cgroup)
