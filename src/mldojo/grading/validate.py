"""`mldojo validate`: prove each exercise loads, its reference passes and its starter fails."""

from __future__ import annotations

import ast
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from mldojo.catalog.catalog import Catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import ContentError
from mldojo.grading import codec
from mldojo.grading.casekit import Case
from mldojo.grading.challenge import as_case, load_challenge
from mldojo.grading.checks import load_checks, make_cases
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool

REFERENCE_SEEDS = (11, 20260)


@dataclass(frozen=True)
class Report:
    exercise: str
    path: Path
    problems: tuple[str, ...] = field(default_factory=tuple)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {
            "exercise": self.exercise,
            "path": str(self.path),
            "ok": self.ok,
            "problems": list(self.problems),
            "seconds": round(self.seconds, 2),
        }


def select(catalog: Catalog, paths: Iterable[Path]) -> list[Exercise]:
    """Exercises under any of `paths` (all of them when no path is given)."""
    chosen = [p.resolve() for p in paths]
    return [
        e
        for e in catalog.ordered()
        if not chosen or any(e.path.resolve().is_relative_to(p) for p in chosen)
    ]


def validate_exercises(
    exercises: list[Exercise],
    *,
    workers: int | None = None,
    on_done: Callable[[Report], None] | None = None,
) -> list[Report]:
    warm = ZygotePool()  # every run is forked from a warm zygote: many runs per exercise
    grader = LocalGrader(runner=warm)
    reports: list[Report] = []
    try:
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            for report in pool.map(lambda e: validate_one(e, grader), exercises):
                reports.append(report)
                if on_done:
                    on_done(report)
    finally:
        warm.close()
    return reports


def validate_one(exercise: Exercise, grader: LocalGrader) -> Report:
    started = time.perf_counter()
    problems: list[str] = []
    try:
        problems.extend(_static_problems(exercise))
        if not problems:
            problems.extend(_grading_problems(exercise, grader))
    except ContentError as exc:
        problems.append(exc.message)
    return Report(exercise.id, exercise.path, tuple(problems), time.perf_counter() - started)


def _static_problems(exercise: Exercise) -> list[str]:
    problems = []
    for name in ("starter.py", "solution.py"):
        if not (exercise.path / name).is_file():
            continue  # a written exercise has Markdown instead
        try:
            ast.parse((exercise.path / name).read_text(encoding="utf-8"))
        except SyntaxError as exc:
            problems.append(f"{name} is not valid Python (line {exc.lineno}: {exc.msg}).")
    if not exercise.statement().strip():
        problems.append("README.md is empty: write the statement.")
    if not exercise.solution_with_note()[1]:
        where = (
            "solution.md has no '## Note' section"
            if exercise.kind is Kind.WRITTEN
            else "solution.py has no docstring"
        )
        problems.append(f"{where}: add the note on why it is written so.")
    if exercise.kind not in (Kind.CHOICE, Kind.WRITTEN, Kind.SYMBOLIC):
        first, again = (_all_inputs(exercise, REFERENCE_SEEDS[0]) for _ in range(2))
        if first != again:
            problems.append(
                "cases(rng) gives different inputs for the same seed: draw every "
                "random value from rng."
            )
    return problems


def _grading_problems(exercise: Exercise, grader: LocalGrader) -> list[str]:
    problems = []
    for seed in REFERENCE_SEEDS:
        try:
            verdict = grader.grade(exercise, exercise.solution_source(), seed=seed)
        except ContentError as exc:
            problems.append(f"the reference fails with seed {seed}: {exc.message}")
            break
        if not verdict.passed:
            failing = next((c for c in verdict.cases if not c.passed), None)
            detail = f"{failing.name}: {failing.message}" if failing else verdict.status.value
            problems.append(f"the reference fails with seed {seed} ({detail}).")
            break
    try:
        starter = grader.grade(exercise, exercise.starter(), seed=REFERENCE_SEEDS[0])
    except ContentError:
        return problems  # the reference is broken, which is already reported
    if starter.passed:
        problems.append(
            "the starter passes the checks: it must fail until the learner's work is done."
        )
    return problems


def _inputs(case: Case) -> str:
    calls = [(c.method, c.args, c.kwargs) for c in case.calls]
    return codec.dumps((case.name, case.args, case.kwargs, calls))


def _all_inputs(exercise: Exercise, seed: int) -> list[str]:
    if exercise.kind is Kind.CHALLENGE:
        return [_inputs(as_case(load_challenge(exercise, seed)))]
    return [_inputs(c) for c in make_cases(exercise, load_checks(exercise), seed)]
