"""Resource attacks end in a failed verdict that names the limit, and leave nothing behind."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest

from mldojo.grading.pool import FLAVOURS
from mldojo.grading.verdict import Status
from tests.security.conftest import Attack, everything_shown


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_cpu_loop_at_import_and_in_a_call(attack: Attack) -> None:
    at_import = attack("while True:\n    pass\n")
    assert at_import.status is Status.TIMEOUT
    in_call = attack("""
        def add_row_offsets(X, offsets):
            while True:
                pass
    """)
    assert in_call.status is Status.TIMEOUT and "endless loop" in everything_shown(in_call)


def test_a_run_stopped_by_a_limit_names_the_case_it_was_in(attack: Attack) -> None:
    stuck = attack("""
        def add_row_offsets(X, offsets):
            while len(X) == 0:
                pass
            return X + offsets[:, None]
    """)
    assert stuck.status is Status.TIMEOUT
    assert 'in the case "no rows"' in everything_shown(stuck)


def test_memory_python_and_numpy(attack: Attack) -> None:
    # The point is memory, not time: a cold interpreter on a loaded machine can take
    # most of the 1 s limit to import NumPy and touch 256 MB.
    python = attack(
        """
        def add_row_offsets(X, offsets):
            hog = []
            while True:
                hog.append(bytearray(10_000_000))
        """,
        time_s=5,
    )
    assert "memory" in everything_shown(python)
    numpy = attack(
        """
        import numpy as np
        def add_row_offsets(X, offsets):
            return np.ones((60_000, 60_000))
        """,
        time_s=5,
    )
    assert "memory" in everything_shown(numpy)


def test_fork_bomb_stops_at_the_process_limit(attack: Attack) -> None:
    attack("""
        import os
        def add_row_offsets(X, offsets):
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
    """)


def test_a_forked_copy_that_runs_on_does_not_report(attack: Attack) -> None:
    # The copy runs the rest of the check too. Its report raced the original's: the
    # verdict was the original's or "not a result ... file descriptors", by chance.
    source = (
        "import os\nos.fork()\ndef add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"
    )
    for seed in range(3):
        right = attack.grader.grade(attack.exercise, source, seed=seed)
        assert right.passed, everything_shown(right)
    wrong = attack.grader.grade(attack.exercise, source.replace("[:, None]", ""), seed=3)
    assert wrong.status is Status.FAILED, everything_shown(wrong)
    assert "file descriptors" not in everything_shown(wrong)
    # Forking in each call doubles the processes each case, up to the process limit.
    doubling = attack(
        source.replace("import os\nos.fork()\n", "import os\n").replace(
            "    return", "    os.fork()\n    return"
        )
    )
    assert "file descriptors" not in everything_shown(doubling)


def test_threads_and_subprocesses(attack: Attack) -> None:
    attack("""
        import threading, time
        def add_row_offsets(X, offsets):
            for _ in range(10_000):
                threading.Thread(target=time.sleep, args=(100,)).start()
    """)
    attack("""
        import subprocess
        def add_row_offsets(X, offsets):
            subprocess.run(["sleep", "100"])
    """)


def test_daemons_do_not_outlive_the_check(attack: Attack) -> None:
    marker = f"mldojo-daemon-{uuid.uuid4().hex}"
    attack(f"""
        import os
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execv("/usr/bin/sleep", ["sleep", "300", "{marker}"])
            os._exit(0)
        def add_row_offsets(X, offsets):
            return None
    """)
    assert _processes_with(marker) == []


def test_ignoring_sigterm_does_not_help(attack: Attack) -> None:
    verdict = attack("""
        import signal
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        def add_row_offsets(X, offsets):
            while True:
                pass
    """)
    assert verdict.status is Status.TIMEOUT


def test_segfault_and_deep_recursion(attack: Attack) -> None:
    segfault = attack("import ctypes\nctypes.string_at(0)\n")
    assert segfault.status is Status.CRASHED and "signal 11" in everything_shown(segfault)
    recursion = attack("""
        import sys
        sys.setrecursionlimit(10**7)
        def add_row_offsets(X, offsets):
            return add_row_offsets(X, offsets)
    """)
    assert recursion.status is not Status.PASSED  # memory, time or RecursionError
    assert "loading" not in everything_shown(recursion)


def test_disk_and_inode_filling_stop_at_the_scratch_cap(attack: Attack) -> None:
    disk = attack("""
        def add_row_offsets(X, offsets):
            with open("/tmp/fill", "wb") as out:
                while True:
                    out.write(b"x" * 1_000_000)
    """)
    assert "No space left" in everything_shown(disk) or disk.status is not Status.PASSED
    attack("""
        def add_row_offsets(X, offsets):
            i = 0
            while True:
                open(f"/tmp/f{i}", "w").close()
                i += 1
    """)


def test_output_floods_are_capped(attack: Attack) -> None:
    verdict = attack("""
        import sys
        def add_row_offsets(X, offsets):
            while True:
                sys.stdout.write("x" * 100_000)
                sys.stderr.write("y" * 100_000)
    """)
    assert len(verdict.output) <= 64 * 1024


def test_stdin_is_closed(attack: Attack) -> None:
    verdict = attack("""
        import sys
        data = sys.stdin.read()
        def add_row_offsets(X, offsets):
            return repr(data)
    """)
    assert "''" in everything_shown(verdict)


def test_huge_deep_and_endless_return_values_are_refused(attack: Attack) -> None:
    huge = attack("def add_row_offsets(X, offsets):\n    return list(range(3_000_000))\n")
    assert "too large" in everything_shown(huge) or "memory" in everything_shown(huge)
    deep = attack("def add_row_offsets(X, offsets):\n    x = []\n    x.append(x)\n    return x\n")
    assert "nested" in everything_shown(deep)
    endless = attack("""
        import itertools
        def add_row_offsets(X, offsets):
            return itertools.count()
    """)
    assert "cannot be checked" in everything_shown(endless)


def test_no_cgroups_or_scratch_are_left_behind(
    attack: Attack, request: pytest.FixtureRequest
) -> None:
    attack("def add_row_offsets(X, offsets):\n    return None\n")
    # A warm check's cgroups are emptied and removed in the background, at once; the only
    # ones left are those of the children the pool keeps forked and waiting.
    pool = request.getfixturevalue("warm_pool")
    deadline = time.monotonic() + 10
    for parent in (Path("/sys/fs/cgroup/pids/mldojo"), Path("/sys/fs/cgroup/memory/mldojo")):
        if parent.exists():
            while time.monotonic() < deadline:
                waiting = sum(pool.ready_count(flavour) for flavour in FLAVOURS)
                mine = list(parent.glob(f"run-{os.getpid()}-*"))
                if len(mine) == waiting:
                    break
                time.sleep(0.05)
            assert len(mine) == waiting
