"""How fast and how big the warm grader is, against the figures issue 4 sets.

    .venv/bin/python bench/grading.py [--runs N] [--seconds S]

All figures come from one run on this machine, so the ratios compare like with
like. The exercise is a NumPy function checked on 20 cases
(`bench/pack/stack/numpy/standardize_columns`); every check uses a fresh seed,
as a learner's does, so the reference runs on it too.

- warm: `LocalGrader` over the warm zygote pool (`grading.pool`), as the local
  grader process has it (references prepared ahead), median; checks come
  `--pause` seconds apart, as a learner's do (the pause is not timed);
- cold: the same check from nothing, as the issue defines it: a fresh interpreter
  that imports what it needs (mldojo's grading service, NumPy) and grades the
  exercise once, its runs in fresh sandboxed interpreters too (`python -c`, timed
  from the outside), the same pause before each, so that both meet the machine in
  the same state. Beside it, the narrower cold figure of earlier stops: fresh
  sandboxed interpreters per run under a host process that is already warm;
- throughput: checks a second through the warm service from 4 client threads;
- shell: `mldojo check` end to end with the local grader process warm;
- memory: PSS of the warm pool (the base and torch zygotes and their sandboxes).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mldojo.catalog.exercise import load_exercise
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool

PACK = Path(__file__).resolve().parent / "pack"
EXERCISE = "stack.numpy.standardize_columns"
CLIENTS = 4


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def _timed(action: object, runs: int, pause: float = 0.0) -> list[float]:
    times = []
    for _ in range(runs):
        time.sleep(pause)
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


# A cold check from nothing: a fresh interpreter loads the exercise and grades it once.
COLD_CHECK = """
import sys
from pathlib import Path
from mldojo.catalog.exercise import load_exercise
from mldojo.grading.local import LocalGrader
pack, exercise_id, source = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]).read_text()
exercise = load_exercise(pack, pack.joinpath(*exercise_id.split(".")))
assert LocalGrader().grade(exercise, source).passed
"""


def _fresh_interpreter_times(source: str, runs: int, pause: float) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="mldojo-bench-") as folder:
        path = Path(folder) / "submission.py"
        path.write_text(source)
        command = [sys.executable, "-c", COLD_CHECK, str(PACK), EXERCISE, str(path)]
        return _timed(lambda: subprocess.run(command, check=True), runs, pause)


def _shell_times(source: str, runs: int) -> list[float]:
    """`mldojo check` from a shell, the local grader started and warm first."""
    with tempfile.TemporaryDirectory(prefix="mldojo-bench-") as home:
        path = Path(home) / "submission.py"
        path.write_text(source)
        env = {**os.environ, "MLDOJO_HOME": home, "MLDOJO_PACKS": str(PACK)}
        env.pop("MLDOJO_GRADER", None)
        mldojo = [sys.executable, "-m", "mldojo"]
        try:
            subprocess.run([*mldojo, "grader", "start"], env=env, check=True, capture_output=True)
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                found = json.loads(
                    subprocess.run(
                        [*mldojo, "grader", "status", "--json"],
                        env=env,
                        check=True,
                        capture_output=True,
                    ).stdout
                )
                if found.get("zygotes") and found["zygotes"][0]["running"]:
                    break
                time.sleep(0.5)
            command = [*mldojo, "check", EXERCISE, "--file", str(path)]
            subprocess.run(command, env=env, capture_output=True, check=True)
            return _timed(
                lambda: subprocess.run(command, env=env, capture_output=True, check=True), runs
            )
        finally:
            subprocess.run([*mldojo, "grader", "stop"], env=env, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=60.0, help="throughput window")
    parser.add_argument("--pause", type=float, default=0.25, help="between warm checks")
    options = parser.parse_args()
    exercise = load_exercise(PACK, PACK.joinpath(*EXERCISE.split(".")))
    source = exercise.solution_source()

    pool = ZygotePool()
    pool.warm()
    warm = LocalGrader(runner=pool, prepare_ahead=True)
    cold = LocalGrader()
    try:
        for grader in (warm, cold):
            assert grader.grade(exercise, source).passed  # first checks pay for caches
        warm_times = _timed(lambda: warm.grade(exercise, source), options.runs, options.pause)
        cold_runs_times = _timed(
            lambda: cold.grade(exercise, source), max(5, options.runs // 4), options.pause
        )
        cold_times = _fresh_interpreter_times(source, max(5, options.runs // 4), options.pause)
        pss_mb = sum(z["pss_mb"] for z in pool.status())

        deadline = time.monotonic() + options.seconds

        def client(_: int) -> int:
            done = 0
            while time.monotonic() < deadline:
                assert warm.grade(exercise, source).passed
                done += 1
            return done

        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as clients:
            checks = sum(clients.map(client, range(CLIENTS)))
        throughput = checks / (time.perf_counter() - started)
        cold_runs = pool.fallbacks
    finally:
        warm.close()
        pool.close()
    shell = _shell_times(source, max(5, options.runs // 4))

    warm_ms, cold_ms = _median_ms(warm_times), _median_ms(cold_times)
    runs_ms = _median_ms(cold_runs_times)
    rows = [
        ("warm check through the service (median)", f"{warm_ms:.1f} ms", "<= 40 ms",
         warm_ms <= 40),
        ("cold check, fresh interpreter (median)", f"{cold_ms:.0f} ms", "", None),
        ("cold / warm", f"{cold_ms / warm_ms:.1f}x", ">= 40x", cold_ms / warm_ms >= 40),
        ("  beside it: cold runs in a warm host (median)", f"{runs_ms:.0f} ms", "", None),
        ("  cold runs in a warm host / warm", f"{runs_ms / warm_ms:.1f}x", "", None),
        (f"throughput, {CLIENTS} clients, {options.seconds:.0f} s", f"{throughput:.1f} checks/s",
         ">= 40 checks/s", throughput >= 40),
        ("`mldojo check` from the shell, grader warm (median)",
         f"{_median_ms(shell):.0f} ms", "<= 500 ms", _median_ms(shell) <= 500),
        ("warm pool memory (PSS, base + torch zygotes)", f"{pss_mb:.0f} MB", "<= 1536 MB",
         pss_mb <= 1536),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':>16}  {'target':>15}")
    for name, measured, target, met in rows:
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"{name:<{width}}  {measured:>16}  {target:>15}  {verdict}")
    print(f"(runs that fell back to a cold child during the throughput test: {cold_runs})")


if __name__ == "__main__":
    main()
