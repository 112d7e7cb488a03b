"""How fast a check is, through the grading service and cold from the shell.

    .venv/bin/python bench/grading.py [--runs N] [--seconds S]

Prints each figure beside the target issue 4 sets for the warm grader. Until the
warm zygote pool lands, every check starts a fresh sandboxed interpreter, so the
service figures are expected to miss their targets; this benchmark is the
baseline they will be measured against.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mldojo.catalog.catalog import load_catalog
from mldojo.grading.checks import load_checks, make_cases
from mldojo.grading.service import LocalGrader
from mldojo.settings import bundled_content_root

EXERCISE = "stack.numpy.broadcast_add"


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0, help="throughput window")
    options = parser.parse_args()
    exercise = load_catalog(content_root=bundled_content_root()).get(EXERCISE)
    source = exercise.solution_source()
    grader = LocalGrader()
    grader.grade(exercise, source, seed=0)  # the first check pays for imports and caches

    service = []
    for seed in range(options.runs):
        started = time.perf_counter()
        assert grader.grade(exercise, source, seed=seed).passed
        service.append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "submission.py"
        path.write_text(source)
        env = {**os.environ, "MLDOJO_HOME": home}
        command = [sys.executable, "-m", "mldojo", "check", EXERCISE, "--file", str(path)]
        subprocess.run(command, env=env, capture_output=True, check=True)
        shell = []
        for _ in range(max(3, options.runs // 4)):
            started = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            shell.append(time.perf_counter() - started)

    checks = 0
    deadline = time.monotonic() + options.seconds

    def worker(offset: int) -> int:
        done = 0
        while time.monotonic() < deadline:
            grader.grade(exercise, source, seed=offset + done)
            done += 1
        return done

    workers = os.cpu_count() or 1
    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        checks = sum(pool.map(worker, [i * 10**6 for i in range(workers)]))
    throughput = checks / (time.perf_counter() - started)

    rows = [
        (
            "check through the service, median",
            f"{_median_ms(service):.0f} ms",
            "<= 40 ms",
            _median_ms(service) <= 40,
        ),
        (
            "`mldojo check` from the shell, median",
            f"{_median_ms(shell):.0f} ms",
            "<= 500 ms",
            _median_ms(shell) <= 500,
        ),
        (
            f"throughput, {workers} workers, {options.seconds:g} s",
            f"{throughput:.1f} checks/s",
            ">= 40 checks/s",
            throughput >= 40,
        ),
    ]
    cases = len(make_cases(exercise, load_checks(exercise), 0))
    print(f"{EXERCISE}: {cases} cases per check, {options.runs} checks timed")
    for name, value, target, met in rows:
        print(f"{name:<44}{value:>16}   target {target:<16}{'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
