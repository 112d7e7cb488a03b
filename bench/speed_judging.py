"""How steady the speed exercises' timings are: can a correct version be told it is slow?

    .venv/bin/python bench/speed_judging.py [--runs N] [--only ID]

A speed check times the learner's version and `slow.py` `repeats` times each and
compares the medians (`grading.speed`). Here every speed exercise of the catalog
that this machine can run has its reference and its slow version timed `--runs`
times each, exactly as a check times them (`speed.timed_run`), through the warm
zygote pool and through a fresh interpreter per run (the inline grader, and a check
while the pool warms). For each, the spread of the timings, the ratio of the
medians, and how often a check of the reference would fail: the share of 4,000
draws of `repeats` timings of each version (with replacement) whose medians miss
the exercise's bar. Target: the reference fails at most 1% of its checks.
"""

from __future__ import annotations

import argparse
import random
import statistics

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.grading import speed
from mldojo.grading.judge import COLD
from mldojo.grading.pool import ZygotePool
from mldojo.grading.runner import Runner
from mldojo.learning.machine import Machine
from mldojo.settings import bundled_content_root

DRAWS = 4000
MAX_FAILING = 0.01


def _times_ms(
    exercise: Exercise, source: str, line: bytes, runner: Runner, runs: int
) -> list[float]:
    times = []
    for _ in range(runs):
        outcome = speed.timed_run(exercise, source, exercise.file_name, line, runner)
        seconds = outcome.timed_cpu_s if outcome.timed_cpu_s is not None else outcome.timed_wall_s
        if seconds is None:
            raise SystemExit(f"{exercise.id}: a run could not be timed: {outcome.output[-500:]}")
        times.append(seconds * 1000)
    return times


def _failing(mine: list[float], slow: list[float], repeats: int, factor: float) -> float:
    draw = random.Random(0)
    misses = 0
    for _ in range(DRAWS):
        mine_ms = statistics.median(draw.choices(mine, k=repeats))
        slow_ms = statistics.median(draw.choices(slow, k=repeats))
        misses += slow_ms / max(mine_ms, 1e-3) < factor
    return misses / DRAWS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=12, help="timed runs of each version")
    parser.add_argument("--only", help="one exercise id")
    options = parser.parse_args()
    catalog = load_catalog(content_root=bundled_content_root())
    machine = Machine.probe()
    exercises = [
        e
        for e in catalog.exercises.values()
        if e.kind is Kind.SPEED
        and machine.missing(e) is None
        and (options.only is None or e.id == options.only)
    ]
    pool = ZygotePool()
    pool.warm()
    rows = []
    try:
        for exercise in sorted(exercises, key=lambda e: e.id):
            spec = exercise.meta.speed
            assert spec is not None
            line = speed.timed_input(speed.timing_case(exercise, 7))
            slow_source = (exercise.path / "slow.py").read_text(encoding="utf-8")
            for how, runner in (("warm", pool), ("cold", COLD)):
                mine = _times_ms(exercise, exercise.solution_source(), line, runner, options.runs)
                slow = _times_ms(exercise, slow_source, line, runner, options.runs)
                failing = _failing(mine, slow, spec.repeats, spec.factor)
                rows.append((exercise.id, how, spec.factor, mine, slow, failing))
                print(_row(*rows[-1]), flush=True)
    finally:
        pool.close()
    worst = max((r[-1] for r in rows), default=0.0)
    verdict = "met" if worst <= MAX_FAILING else "MISSED"
    print(f"worst share of failing reference checks: {worst:.1%} (target <= 1%): {verdict}")


def _row(
    exercise_id: str, how: str, factor: float, mine: list[float], slow: list[float], failing: float
) -> str:
    ratio = statistics.median(slow) / max(statistics.median(mine), 1e-3)
    return (
        f"{exercise_id:46s} {how}  reference {statistics.median(mine):7.2f} ms "
        f"[{min(mine):.2f} to {max(mine):.2f}]  slow {statistics.median(slow):7.1f} ms "
        f"[{min(slow):.1f} to {max(slow):.1f}]  {ratio:6.1f}x (bar {factor:g}x)  "
        f"fails {failing:.1%}"
    )


if __name__ == "__main__":
    main()
