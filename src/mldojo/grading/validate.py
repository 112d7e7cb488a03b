"""`mldojo validate`: prove each exercise loads, its reference passes and its starter fails."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from mldojo.catalog.catalog import Catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import ContentError
from mldojo.grading.challenge import as_case, load_challenge
from mldojo.grading.checks import load_checks, make_cases
from mldojo.grading.choice import AnswerNotFound, read_answer
from mldojo.grading.judge import COMPARED, encode_case
from mldojo.grading.kept import changed_kept
from mldojo.grading.local import LocalGrader
from mldojo.grading.mutation import (
    MutationRun,
    MutationScore,
    MutationSummary,
    score_exercises,
    summarise,
)
from mldojo.grading.outcome import LOADS
from mldojo.grading.pool import ZygotePool
from mldojo.grading.symbolic import known_mistakes
from mldojo.grading.without import written_as_asked
from mldojo.grading.written import unknown_word_lists
from mldojo.syntax import parse_module
from mldojo.words import counted

REFERENCE_SEEDS = (11, 20260)
# Every page that shows the statement carries all of it; the longest bundled one is
# under 4,000 characters.
MAX_STATEMENT_CHARS = 20_000


@dataclass(frozen=True)
class Report:
    exercise: str
    path: Path
    problems: tuple[str, ...] = field(default_factory=tuple)
    seconds: float = 0.0
    skipped: str | None = None  # why its runs were skipped here (it needs a CUDA GPU)
    mutants: MutationScore | None = None  # with `validate --mutants`, once it is valid

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "exercise": self.exercise,
            "path": str(self.path),
            "ok": self.ok,
            "problems": list(self.problems),
            "seconds": round(self.seconds, 2),
            "skipped": self.skipped,
        }
        if self.mutants is not None:
            found["mutants"] = self.mutants.to_json()
        return found


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
    skip: Mapping[str, str] | None = None,
    grader: LocalGrader | None = None,
) -> list[Report]:
    """Validate each exercise; those in `skip` (id: why this machine cannot run them)
    get only the checks that run nothing, and are reported as skipped. Runs go to
    `grader` (left open for what follows), or to a warm pool of its own."""
    warm = None
    if grader is None:
        warm = ZygotePool()  # every run is forked from a warm zygote: many runs per exercise
        grader = LocalGrader(runner=warm)
    why = dict(skip or {})
    reports: list[Report] = []
    try:
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
            for report in pool.map(lambda e: validate_one(e, grader, why.get(e.id)), exercises):
                reports.append(report)
                if on_done:
                    on_done(report)
    finally:
        if warm is not None:
            warm.close()
    return reports


def validate_with_mutants(
    exercises: list[Exercise],
    *,
    run: MutationRun,
    on_done: Callable[[Report], None] | None = None,
    skip: Mapping[str, str] | None = None,
) -> list[Report]:
    """Validate, then grade the mutants of each exercise that is valid and runs here,
    on the same warm pool (and so the same cached reference outputs)."""
    warm = ZygotePool()
    grader = LocalGrader(runner=warm)
    try:
        reports = validate_exercises(
            exercises, workers=run.workers, on_done=on_done, skip=skip, grader=grader
        )
        fit = {r.exercise for r in reports if r.ok and r.skipped is None}
        scores = score_exercises(
            [e for e in exercises if e.id in fit], grader=grader, seeds=REFERENCE_SEEDS, run=run
        )
    finally:
        warm.close()
    return [replace(r, mutants=scores.get(r.exercise)) for r in reports]


def mutation_summary(reports: Iterable[Report], *, cap: int) -> MutationSummary:
    """The median and minimum score over the exercises whose mutants were graded."""
    return summarise(
        [r.mutants for r in reports if r.mutants is not None], cap=cap, seeds=REFERENCE_SEEDS
    )


def validate_one(exercise: Exercise, grader: LocalGrader, skip: str | None = None) -> Report:
    started = time.perf_counter()
    problems: list[str] = []
    try:
        problems.extend(_static_problems(exercise))
        if not problems and skip is None:
            problems.extend(_grading_problems(exercise, grader))
    except ContentError as exc:
        problems.extend(exc.problems)
    return Report(
        exercise.id,
        exercise.path,
        tuple(problems),
        time.perf_counter() - started,
        skipped=skip if not problems else None,
    )


def _static_problems(exercise: Exercise) -> list[str]:
    problems = []
    for name in ("starter.py", "solution.py"):
        if not (exercise.path / name).is_file():
            continue  # a written exercise has Markdown instead
        source = (exercise.path / name).read_text(encoding="utf-8")
        try:
            parse_module(source)
        except SyntaxError as exc:
            problems.append(f"{name} is not valid Python (line {exc.lineno}: {exc.msg}).")
            continue
        refused = written_as_asked(source, exercise.meta)
        # A starter keeps to `without`; how the answer is written is the reference's.
        if refused is not None and (name == "solution.py" or refused.rule == "`without` list"):
            problems.append(f"{name} breaks the exercise's own {refused.rule}: {refused.message}.")
        changed = changed_kept(exercise, source)
        if changed is not None:
            problems.append(f"{name} breaks the exercise's own `keep` list: {changed}.")
    statement = exercise.statement()
    if not statement.strip():
        problems.append("README.md is empty: write the statement.")
    elif len(statement) > MAX_STATEMENT_CHARS:
        problems.append(
            f"README.md has {len(statement):,} characters, more than a statement read in one "
            f"sitting ({MAX_STATEMENT_CHARS:,} at most): shorten it, and let cases.py make "
            "any data the exercise needs."
        )
    if not 2 <= len(exercise.hints) <= 4:
        problems.append(
            f"hints.md has {counted(len(exercise.hints), 'hint')}: give two to four, from a "
            "nudge to nearly the answer."
        )
    if not exercise.solution_with_note()[1]:
        where = (
            "solution.md has no '## Note' section"
            if exercise.kind is Kind.WRITTEN
            else "solution.py has no docstring"
        )
        problems.append(f"{where}: add the note on why it is written so.")
    if exercise.meta.written is not None:
        problems.extend(unknown_word_lists(exercise.meta.written))
    if exercise.kind is Kind.SYMBOLIC:
        known_mistakes(exercise)  # an unreadable MISTAKES entry raises a ContentError
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
            problems.append(_reference_failure(exercise, seed, detail))
            break
    try:
        starter = grader.grade(exercise, exercise.starter(), seed=REFERENCE_SEEDS[0])
    except ContentError as exc:
        if not problems:  # the reference passed: the checks break on other code
            problems.append(f"checking the starter fails in the exercise: {exc.message}")
        return problems
    if starter.passed:
        problems.append(
            "the starter passes the checks: it must fail until the learner's work is done."
        )
    unloaded = next((c for c in starter.cases if c.name == LOADS and not c.passed), None)
    if unloaded is not None:
        problems.append(
            f"the starter does not load ({unloaded.message}): it must import and define "
            f"{exercise.meta.entry}, and fail only on the work left to the learner."
        )
    return problems


def _reference_failure(exercise: Exercise, seed: int, detail: str) -> str:
    """Why a reference that runs fails its own exercise, in the author's terms."""
    # Compared with its own results on the same inputs (a speed reference may also be
    # too slow on this machine: its own words say so).
    if exercise.kind in COMPARED and exercise.kind is not Kind.SPEED:
        return (
            f"the reference fails with seed {seed} against its own results on the same "
            f"inputs ({detail}): it must give the same result every time it runs (draw "
            "random values from the case's inputs, never from an unseeded generator), and "
            "cases.py's compare must accept it."
        )
    if exercise.kind is Kind.CHOICE and exercise.meta.choice is not None:
        with contextlib.suppress(AnswerNotFound):
            chosen = "".join(sorted(read_answer(exercise.solution_source(), exercise.meta.entry)))
            marked = "".join(o.key for o in exercise.meta.choice.options if o.correct)
            return (
                f"solution.py answers {chosen or 'nothing'}, but exercise.toml marks "
                f"{marked} correct: make them agree."
            )
    return f"the reference fails with seed {seed} ({detail})."


def _all_inputs(exercise: Exercise, seed: int) -> list[str]:
    if exercise.kind is Kind.CHALLENGE:
        cases = [as_case(load_challenge(exercise, seed))]
    else:
        cases = make_cases(exercise, load_checks(exercise), seed)
    return [json.dumps([c.name, encode_case(exercise, c)]) for c in cases]
