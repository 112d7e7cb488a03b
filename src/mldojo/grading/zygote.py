"""A warm zygote: a process that has imported the ML stack once and forks a child per run.

This file runs inside the sandbox (`grading.sandbox`), from source, with only the
standard library, the codec, the driver and the packages it preloads; it holds no
reference, checker or expected value, since every child inherits its memory.

Per run the host sends, over the control socket, one JSON line of limits and four
descriptors: the child's stdin, its output, its result pipe and a socket for this
run alone. The zygote forks and goes back to waiting; the forked child, before any
learner code:

1. starts its own session and tells the host over the run socket that it exists
   (the kernel attaches its pid, as the host sees it, to the message), then waits
   until the host has put it in the run's cgroup;
2. sets its rlimits and, where the machine allows, new user, mount, pid, network,
   ipc and uts namespaces of its own;
3. forks the learner's process, which becomes pid 1 of the new pid namespace (so
   everything it starts dies with it), mounts a fresh size-capped tmpfs on /tmp
   and an empty one on /proc and /dev/shm, drops every capability, loads the
   seccomp filter, keeps only descriptors 0 to 3 and runs the driver;
4. waits for it and reports its exit status and CPU time to the host.
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import gc
import json
import os
import resource
import signal
import socket
import sys
import traceback
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
NAMESPACES = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND = 1, 2, 4, 32, 4096
MS_REC, MS_PRIVATE = 0x4000, 0x40000
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 1, 38, 22, 2
CAP_VERSION_3 = 0x20080522
RESULT_FD = 3
FDS_PER_RUN = 4

PRELOAD = {
    # NumPy alone: most exercises need nothing more, and a small zygote forks and exits
    # several times faster than one holding the whole stack (fewer pages to map).
    "numpy": ("numpy",),
    "base": (
        "numpy",
        "pandas",
        "scipy.stats",
        "sklearn.linear_model",
        "sklearn.tree",
        "sklearn.ensemble",
        "sklearn.neighbors",
        "sklearn.cluster",
        "sklearn.decomposition",
        "sklearn.feature_selection",
        "sklearn.preprocessing",
        "sklearn.pipeline",
        "sklearn.model_selection",
        "sklearn.metrics",
        "sklearn.naive_bayes",
        "sklearn.svm",
        "sklearn.datasets",
        "matplotlib.pyplot",
        "sympy",
        "sympy.parsing.sympy_parser",
    ),
    "torch": ("numpy", "torch", "torch.nn", "torch.utils.data"),
}

libc = ctypes.CDLL(None, use_errno=True)


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def _check(result: int, what: str) -> None:
    if result != 0:
        raise OSError(ctypes.get_errno(), f"{what}: {os.strerror(ctypes.get_errno())}")


def preload(flavour: str) -> None:
    """Import what learner code will want, with every thread pool pinned to one thread."""
    import importlib

    for name in PRELOAD[flavour]:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if "torch" in sys.modules:
        torch: Any = sys.modules["torch"]
        torch.set_num_threads(1)
        with contextlib.suppress(RuntimeError):
            torch.set_num_interop_threads(1)
        # The first matrix product reads /proc/cpuinfo, which a run cannot see: read it
        # here, or every run that multiplies matrices prints "Error in cpuinfo".
        torch.ones(2, 2) @ torch.ones(2, 2)
        sys.modules["mldojo_driver"].warm_torch()
    if "sklearn.utils.parallel" in sys.modules:
        # scikit-learn finds the loaded BLAS and OpenMP libraries in /proc/self/maps
        # (threadpoolctl) the first time a parallel routine runs (k-neighbours, pairwise
        # reductions), and keeps the answer: find them here, while /proc can be read.
        with contextlib.suppress(Exception):
            sys.modules["sklearn.utils.parallel"]._get_threadpool_controller()
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].figure().clear()  # builds the font cache once
        sys.modules["matplotlib.pyplot"].close("all")


def enter_namespaces() -> None:
    """New user, mount, pid, network, ipc and uts namespaces; uid and gid map to themselves."""
    uid, gid = os.geteuid(), os.getegid()
    _check(libc.unshare(NAMESPACES), "unshare")
    for name, text in (
        ("setgroups", "deny"),
        ("uid_map", f"{uid} {uid} 1"),
        ("gid_map", f"{gid} {gid} 1"),
    ):
        with open(f"/proc/self/{name}", "w") as handle:
            handle.write(text)


def private_mounts(scratch_bytes: int, keep: list[str]) -> None:
    """In the run's mount namespace: a fresh scratch /tmp, and nothing of other processes.
    `keep`: folders under /tmp (a Python or venv installed there) bound again on top."""
    _check(libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "make mounts private")
    kept = [(path, os.open(path, os.O_PATH | os.O_DIRECTORY)) for path in keep]
    options = f"size={scratch_bytes},mode=1777".encode()
    _check(libc.mount(b"tmpfs", b"/tmp", b"tmpfs", MS_NOSUID | MS_NODEV, options), "mount /tmp")
    for path, fd in kept:
        os.makedirs(path, exist_ok=True)
        source = f"/proc/self/fd/{fd}".encode()  # the folder the new /tmp hides
        _check(libc.mount(source, path.encode(), None, MS_BIND | MS_REC, None), f"bind {path}")
        flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV
        _check(libc.mount(None, path.encode(), None, flags, None), f"read-only {path}")
        os.close(fd)
    empty = MS_RDONLY | MS_NOSUID | MS_NODEV
    _check(libc.mount(b"tmpfs", b"/proc", b"tmpfs", empty, b"size=4k"), "hide /proc")
    if os.path.isdir("/dev/shm"):
        _check(
            libc.mount(b"tmpfs", b"/dev/shm", b"tmpfs", MS_NOSUID | MS_NODEV, options), "/dev/shm"
        )


def drop_capabilities() -> None:
    header = (ctypes.c_uint32 * 2)(CAP_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(libc.capset(header, data), "drop capabilities")


def load_seccomp(program: bytes) -> None:
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    count = len(program) // ctypes.sizeof(_SockFilter)
    filters = (_SockFilter * count).from_buffer_copy(program)
    prog = _SockFprog(count, filters)
    _check(libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0), "seccomp")


def probe_namespaces(scratch_bytes: int, keep: list[str]) -> bool:
    """Whether a child here can get namespaces and mounts of its own (a laptop may refuse)."""
    pid = os.fork()
    if pid == 0:
        try:
            enter_namespaces()
            inner = os.fork()
            if inner == 0:
                try:
                    private_mounts(scratch_bytes, keep)
                    os._exit(0)
                except BaseException:
                    os._exit(1)
            _, status = os.waitpid(inner, 0)
            os._exit(os.waitstatus_to_exitcode(status))
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _set_limits(limits: dict[str, Any]) -> None:
    cpu = int(limits["cpu_s"])
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    # The zygote's own data (the preloaded stack) is already counted against RLIMIT_DATA.
    data = _vm_data_bytes() + int(limits["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_DATA, (data, data))
    fsize = int(limits["file_bytes"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _vm_data_bytes() -> int:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    return 0


def _learner(fds: list[int], order: dict[str, Any], settings: dict[str, Any], parent: int) -> None:
    """The learner's process: private mounts, no capabilities, seccomp, then the driver."""
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # Its parent is outside its pid namespace, where it has one: then getppid() is 0.
    if os.getppid() != (0 if settings["namespaces"] else parent):
        os._exit(137)  # the run was stopped before this process began
    driver = sys.modules["mldojo_driver"]
    driver.__dict__["DATA_BASE"] = _vm_data_bytes()  # read before /proc is hidden
    if settings["namespaces"]:
        private_mounts(settings["scratch_bytes"], settings["keep"])
        os.chdir("/tmp")
        drop_capabilities()
    else:
        os.chdir(order["scratch"])
        os.environ.update(HOME=order["scratch"], TMPDIR=order["scratch"])
    stdin, output, result, _ = fds
    os.dup2(stdin, 0)
    os.dup2(output, 1)
    os.dup2(output, 2)
    os.dup2(result, RESULT_FD)
    os.closerange(RESULT_FD + 1, 65536)
    if settings["seccomp"]:
        load_seccomp(bytes.fromhex(settings["seccomp"]))
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    with contextlib.suppress(Exception):  # a speed-up only: the check runs without it
        driver.warm_up()
    gc.collect()
    gc.freeze()  # what the warm-up left is not the learner's to collect
    gc.enable()
    sys.argv = ["driver", str(RESULT_FD)]
    code = 0
    try:
        driver.main()
    except BaseException:
        code = 1
    with contextlib.suppress(BaseException):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def _run(fds: list[int], order: dict[str, Any], settings: dict[str, Any]) -> None:
    """The forked child: announce itself, wait for the host, set up, fork the learner, report."""
    stdin, output, result, channel = fds
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # this process waits for its child
    run = socket.socket(fileno=channel)
    os.setsid()
    run.sendall(b"started")  # the kernel attaches this process's pid as the host sees it
    if run.recv(16) != b"go":
        os._exit(0)  # the host gave up on this run
    _set_limits(order["limits"])
    if settings["namespaces"]:
        enter_namespaces()
    parent = os.getpid()
    learner = os.fork()
    if learner == 0:
        run.close()
        _learner(fds, order, settings, parent)
    for fd in (stdin, output, result):
        os.close(fd)
    _, status, usage = os.wait4(learner, 0)
    report = {"status": status, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_kb": usage.ru_maxrss}
    with contextlib.suppress(OSError):
        run.sendall(json.dumps(report).encode())
    os._exit(0)


def serve(control: socket.socket, settings: dict[str, Any]) -> None:
    """Fork a child per order until the host closes the control socket."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forked children are reaped by the kernel
    fd_size = array.array("i").itemsize
    while True:
        message, ancillary, _, _ = control.recvmsg(65536, socket.CMSG_SPACE(FDS_PER_RUN * fd_size))
        if not message:
            return
        fds: list[int] = []
        for level, kind, data in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                usable = len(data) - len(data) % fd_size
                fds.extend(array.array("i", data[:usable]))
        if len(fds) != FDS_PER_RUN:
            for fd in fds:
                os.close(fd)
            continue
        order = json.loads(message)
        if os.fork() == 0:
            try:
                control.close()
                _run(fds, order, settings)
            except BaseException:
                traceback.print_exc()  # to the zygote's error log, which the host keeps
                os._exit(1)
        for fd in fds:
            os.close(fd)


def main() -> None:
    """argv: flavour, control fd, seccomp program (hex, or "-"), scratch bytes,
    "sandboxed" or "plain", and the folders under /tmp to keep (JSON); or
    "probe" and scratch bytes, to say whether children here get namespaces."""
    if sys.argv[1] == "probe":
        keep = json.loads(sys.argv[3])
        print(json.dumps({"namespaces": probe_namespaces(int(sys.argv[2]), keep)}))
        return
    flavour, control_fd, program, scratch, where, keep = sys.argv[1:7]
    control = socket.socket(fileno=int(control_fd))
    preload(flavour)
    settings = {
        # Outside the sandbox's minimal view, a namespace of its own would still show
        # the whole machine: children there run in the host-made scratch folder instead.
        "namespaces": where == "sandboxed" and probe_namespaces(int(scratch), json.loads(keep)),
        "keep": json.loads(keep),
        "seccomp": "" if program == "-" else program,
        "scratch_bytes": int(scratch),
    }
    hello = {"ready": True, "flavour": flavour, "namespaces": settings["namespaces"]}
    control.sendall(json.dumps(hello).encode())
    gc.collect()
    gc.freeze()  # keep the preloaded objects out of the collector so forks share their pages
    gc.disable()
    serve(control, settings)
