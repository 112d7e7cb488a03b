"""The sandbox around learner code: namespaces, a minimal read-only view, seccomp.

Bubblewrap (`bwrap`, Debian's `bubblewrap`) builds the view and the namespaces:
new user, pid, mount, ipc, uts, network and cgroup namespaces; a root holding
only the system (`/usr`), the Python installation and the virtual environment,
read-only; a size-capped tmpfs at /tmp as the only writable place; a private
/proc and a minimal /dev; no capabilities; a clean environment. The content
tree, the data directory, the home directory and mldojo's own files are not
there at all, so the child runs the driver from source passed on its command
line. A seccomp filter (libseccomp through pyseccomp) refuses sockets and the
system calls a submission has no business making.

Where bwrap or seccomp is missing, checks still run with what there is, and
`protections()` says which are off (`mldojo doctor`).
"""

from __future__ import annotations

import errno
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SCRATCH_BYTES = 64 * 1024 * 1024
SANDBOX_UID = 65534  # nobody
# System calls refused with EPERM: networking, tracing, mounting and namespaces,
# kernel keys and modules, clocks, and reading other processes' memory.
DENIED_SYSCALLS = (
    "socket",
    "socketpair",
    "connect",
    "bind",
    "listen",
    "accept",
    "accept4",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kcmp",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "unshare",
    "setns",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "acct",
    "settimeofday",
    "clock_settime",
    "adjtimex",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "open_by_handle_at",
)

# Runs mldojo's codec and driver (and, for a zygote, the zygote) from source: inside
# the sandbox no file of mldojo's is there to import.
BOOTSTRAP = """
import sys, types
codec_source, driver_source, main_source = sys.argv[1:4]
for name in ("mldojo", "mldojo.grading"):
    package = types.ModuleType(name)
    package.__path__ = []
    sys.modules[name] = package
codec = types.ModuleType("mldojo.grading.codec")
exec(compile(codec_source, "codec.py", "exec"), codec.__dict__)
sys.modules["mldojo.grading.codec"] = sys.modules["mldojo.grading"].codec = codec
driver = types.ModuleType("mldojo_driver")
exec(compile(driver_source, "driver.py", "exec"), driver.__dict__)
sys.modules["mldojo_driver"] = driver
if main_source == "driver":
    program = driver
else:
    program = types.ModuleType("mldojo_program")
    exec(compile(main_source, "program.py", "exec"), program.__dict__)
sys.argv = ["mldojo", *sys.argv[4:]]
del codec_source, driver_source, main_source, package, codec, driver, name
program.main()
"""


@dataclass(frozen=True)
class Protection:
    name: str
    on: bool
    detail: str  # what it does when on, or what to do about it when off


def _python_roots() -> list[Path]:
    """What the child needs to run Python with the installed packages."""
    roots = {
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sysconfig.get_paths()["purelib"]),
        Path(sysconfig.get_paths()["platlib"]),
        Path(sys.executable).resolve().parent,
    }
    return sorted(r for r in roots if r.exists() and not str(r).startswith("/usr"))


def roots_under_tmp() -> list[str]:
    """The Python folders bound under /tmp (a venv there): a warm child that mounts a
    fresh /tmp binds them again."""
    under = [r for r in _python_roots() if r.is_relative_to("/tmp")]
    return sorted({str(r) for r in under if not any(r != o and r.is_relative_to(o) for o in under)})


def _own_files() -> list[Path]:
    """mldojo's package wherever it is: the one running, and any installed copy
    (a wheel or an editable install carries the content tree inside it)."""
    paths = sysconfig.get_paths()
    return [
        Path(__file__).resolve().parents[1],
        Path(paths["purelib"]) / "mldojo",
        Path(paths["platlib"]) / "mldojo",
    ]


# The data sets that installed packages ship, as (package, folder inside it). A
# challenge built on one of them hides these from its runs (`flavours.SEALED`).
BUNDLED_DATA = (("sklearn", "datasets/data"),)


@cache
def bundled_data() -> tuple[Path, ...]:
    """The folders of data sets shipped by the installed packages, found without
    importing them."""
    found = []
    for package, folder in BUNDLED_DATA:
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            path = Path(location) / folder
            if path.is_dir():
                found.append(path)
    return tuple(found)


@cache
def bwrap_path() -> str | None:
    """bwrap, if it is installed and can build a sandbox on this machine."""
    found = shutil.which("bwrap")
    if found is None:
        return None
    probe = [
        found,
        "--unshare-all",
        "--die-with-parent",
        "--ro-bind",
        "/usr",
        "/usr",
        "--symlink",
        "usr/bin",
        "/bin",
        "--symlink",
        "usr/lib",
        "/lib",
        "--symlink",
        "usr/lib64",
        "/lib64",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--",
        "/usr/bin/true",
    ]
    try:
        ok = subprocess.run(probe, capture_output=True, timeout=30, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return found if ok else None


@cache
def seccomp_filter() -> bytes | None:
    """The compiled BPF filter, built once per process and kept in memory."""
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError):
        return None
    try:
        rules = seccomp.SyscallFilter(seccomp.ALLOW)
        for name in DENIED_SYSCALLS:
            try:
                rules.add_rule(seccomp.ERRNO(errno.EPERM), name)
            except (ValueError, RuntimeError):
                continue  # a call this kernel or architecture does not have
        # A warm child dies with the process that watches it; it may not opt out.
        rules.add_rule(seccomp.ERRNO(errno.EPERM), "prctl", seccomp.Arg(0, seccomp.EQ, 1))
        with tempfile.TemporaryFile() as handle:
            rules.export_bpf(handle)
            handle.seek(0)
            return handle.read()
    except (OSError, RuntimeError, ValueError):
        return None


def seccomp_fd() -> int | None:
    """A fresh descriptor holding the filter, for bwrap --seccomp (which reads it once)."""
    program = seccomp_filter()
    if program is None:
        return None
    fd = os.memfd_create("mldojo-seccomp")
    os.write(fd, program)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def protections() -> list[Protection]:
    """Each protection of the sandbox, on or off, with what to do when off."""
    from mldojo.grading.cgroups import MAX_PIDS, cgroup_support

    bwrap = bwrap_path() is not None
    fix_bwrap = (
        "install bubblewrap (Debian/Ubuntu: sudo apt install bubblewrap) and allow "
        "unprivileged user namespaces"
    )
    cgroups = cgroup_support()
    return [
        Protection(
            "namespaces",
            bwrap,
            "each check has its own user, pid, mount, ipc, uts and network namespaces"
            if bwrap
            else fix_bwrap,
        ),
        Protection(
            "no network",
            bwrap,
            "an empty network namespace: no TCP, UDP, Unix or abstract sockets"
            if bwrap
            else fix_bwrap,
        ),
        Protection(
            "read-only minimal view",
            bwrap,
            "the content, your data, your home and mldojo's files are absent"
            if bwrap
            else fix_bwrap,
        ),
        Protection(
            "challenge data hidden",
            bwrap,
            "a challenge's run cannot read the data sets that packages ship, which hold "
            "its hidden labels"
            if bwrap
            else fix_bwrap,
        ),
        Protection(
            "private scratch",
            bwrap,
            f"a {SCRATCH_BYTES // 2**20} MB tmpfs at /tmp is the only writable place"
            if bwrap
            else fix_bwrap,
        ),
        Protection(
            "seccomp",
            seccomp_filter() is not None and bwrap,
            f"{len(DENIED_SYSCALLS)} system calls refused"
            if seccomp_filter()
            else "install libseccomp (Debian: libseccomp2) and the pyseccomp package",
        ),
        Protection(
            "process limit",
            cgroups.pids,
            f"a pids cgroup stops a check at {MAX_PIDS} processes"
            if cgroups.pids
            else cgroups.advice,
        ),
        Protection(
            "memory limit",
            cgroups.memory,
            "a memory cgroup caps each check at its limit" if cgroups.memory else cgroups.advice,
        ),
        Protection(
            "rlimits",
            True,
            "CPU time, data memory, file size and core dumps are limited",
        ),
        Protection(
            "cleanup",
            True,
            "the process group, the sandbox and its cgroup are killed after each check",
        ),
    ]


def bootstrap_command(program: str, args: list[str]) -> list[str]:
    """Python running `program` ("driver", or the source of another module with a
    main()) from source, with the codec and driver loaded beside it."""
    grading = Path(__file__).resolve().parent
    sources = [(grading / name).read_text(encoding="utf-8") for name in ("codec.py", "driver.py")]
    return [sys.executable, "-I", "-c", BOOTSTRAP, *sources, program, *args]


# What the NVIDIA driver's user-space library opens: the GPUs, the control node and
# the unified-memory nodes (`nvidia0`, `nvidiactl`, `nvidia-uvm`, `nvidia-uvm-tools`).
NVIDIA_NODE = re.compile(r"^nvidia(\d+|ctl|-uvm|-uvm-tools)$")


def nvidia_nodes(dev: Path = Path("/dev")) -> list[Path]:
    """The NVIDIA device nodes of this machine (none where there is no NVIDIA GPU)."""
    try:
        return sorted(p for p in dev.iterdir() if NVIDIA_NODE.match(p.name))
    except OSError:
        return []


def sandboxed_command(
    inner: list[str],
    *,
    seccomp_fd: int | None,
    hidden: tuple[Path, ...] = (),
    die_with_parent: bool = True,
    gpu: bool = False,
) -> list[str]:
    """`inner` run inside the sandbox (bwrap must be available). A zygote does not die
    with its parent, which is the thread that started it: it ends when its control
    socket closes. With `gpu`, the NVIDIA device nodes are passed in, for an exercise
    that `requires = ["cuda"]`; nothing else of the machine is."""
    bwrap = bwrap_path()
    assert bwrap is not None
    user = str(SANDBOX_UID)
    args = [bwrap, "--unshare-all", "--unshare-cgroup-try", "--new-session",
            "--uid", user, "--gid", user, "--cap-drop", "ALL",
            "--hostname", "sandbox", "--clearenv"]  # fmt: skip
    if die_with_parent:
        args.append("--die-with-parent")
    # The scratch tmpfs first, so that a Python installed under /tmp is bound on top of it.
    args += ["--proc", "/proc", "--dev", "/dev", "--size", str(SCRATCH_BYTES), "--tmpfs", "/tmp"]
    if gpu:
        for node in nvidia_nodes():
            args += ["--dev-bind", str(node), str(node)]
    args += ["--ro-bind", "/usr", "/usr"]
    for link, target in (
        ("/bin", "usr/bin"),
        ("/sbin", "usr/sbin"),
        ("/lib", "usr/lib"),
        ("/lib64", "usr/lib64"),
    ):
        args += ["--symlink", target, link]
    for etc in ("/etc/ld.so.cache", "/etc/fonts", "/etc/localtime", "/etc/mime.types"):
        if os.path.exists(etc):
            args += ["--ro-bind", etc, etc]
    bound = _python_roots()
    for root in bound:
        args += ["--ro-bind", str(root), str(root)]
    for path in (*_own_files(), *hidden):
        if path.exists() and any(path.resolve().is_relative_to(root) for root in bound):
            args += ["--tmpfs", str(path)]  # hide it even inside a bound folder
    args += ["--chdir", "/tmp", "--remount-ro", "/"]
    for key, value in (
        ("HOME", "/tmp"),
        ("TMPDIR", "/tmp"),
        ("PATH", "/usr/bin:/bin"),
        ("LANG", "C.UTF-8"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("PYTHONUNBUFFERED", "1"),
        ("MPLBACKEND", "Agg"),
        ("MPLCONFIGDIR", "/tmp/.matplotlib"),
        ("OMP_NUM_THREADS", "1"),
        ("OPENBLAS_NUM_THREADS", "1"),
        ("MKL_NUM_THREADS", "1"),
    ):
        args += ["--setenv", key, value]
    if seccomp_fd is not None:
        args += ["--seccomp", str(seccomp_fd)]
    return [*args, "--", *inner]
