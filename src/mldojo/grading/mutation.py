"""Mutation score: the share of an exercise's mutants that its checks kill.

A mutant is the reference with one small mistake in it (`grading.mutants` for
Python, `grading.answer_mutants` for choices, formulas and reports). Each is
graded exactly as a learner's file is, by the grader `validate` uses and with
its seeds; it is killed when any seed fails it (a failed case, an error, a
timeout or a crash). Checks that let a mutant pass would let a learner with the
same mistake pass too.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import ContentError, UsageError
from mldojo.grading.answer_mutants import choice_mutants, symbolic_mutants, written_mutants
from mldojo.grading.local import LocalGrader
from mldojo.grading.mutants import Mutant, MutantSet, python_mutants

MIN_SCORE = 0.7  # no exercise below
MIN_MEDIAN = 0.9  # the catalog's median at least
DEFAULT_CAP = 60  # mutants graded per exercise at most
SAMPLE_SEED = 20260  # which mutants are graded when there are more than the cap
READ_ONLY = (Kind.CHOICE, Kind.WRITTEN)  # judged without running: one seed says all


@dataclass(frozen=True)
class Survivor:
    line: int
    column: int
    description: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "description": self.description}


@dataclass(frozen=True)
class CheckerError:
    """A mutant whose grading raised in the host: counted as killed, since it did not
    pass, but the exercise's checks should fail it with a message instead."""

    line: int
    description: str
    error: str

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "description": self.description, "error": self.error}


@dataclass(frozen=True)
class MutationScore:
    exercise: str
    mutated: str  # what the mutants change: "solution.py", "the ANSWER formula", ...
    made: int = 0  # mutants left after the exclusions, before the cap
    total: int = 0  # mutants graded
    killed: int = 0
    invalid: int = 0
    equivalent: int = 0
    survivors: tuple[Survivor, ...] = ()
    checker_errors: tuple[CheckerError, ...] = ()
    problem: str = ""  # why no mutant could be made
    seconds: float = 0.0  # grading time, summed over its mutants

    @property
    def score(self) -> float | None:
        return self.killed / self.total if self.total else None

    def to_json(self) -> dict[str, object]:
        """The `mutants` object of one exercise in `mldojo validate --mutants --json`."""
        score = self.score
        return {
            "total": self.total,
            "killed": self.killed,
            "score": None if score is None else round(score, 4),
            "excluded": {"invalid": self.invalid, "equivalent": self.equivalent},
            "survivors": [s.to_json() for s in self.survivors],
            "mutated": self.mutated,
            "made": self.made,
            "sampled": self.made > self.total,
            "checker_errors": [e.to_json() for e in self.checker_errors],
            "problem": self.problem,
            "seconds": round(self.seconds, 2),
        }


@dataclass(frozen=True)
class MutationSummary:
    median: float | None
    minimum: float | None
    scored: int
    below_minimum: tuple[str, ...]  # exercises under MIN_SCORE
    below_target: int  # exercises under MIN_MEDIAN
    unmeasured: tuple[str, ...]  # exercises whose mutants could not be made
    rule: str

    @property
    def ok(self) -> bool:
        return (
            self.median is not None
            and self.median >= MIN_MEDIAN
            and not self.below_minimum
            and not self.unmeasured
        )

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "median": None if self.median is None else round(self.median, 4),
            "minimum": None if self.minimum is None else round(self.minimum, 4),
            "scored": self.scored,
            "below_minimum": list(self.below_minimum),
            "below_median_bar": self.below_target,
            "unmeasured": list(self.unmeasured),
            "bar": {"minimum": MIN_SCORE, "median": MIN_MEDIAN},
            "rule": self.rule,
        }


@dataclass(frozen=True)
class MutationRun:
    """How `validate --mutants` grades mutants, and whom it tells as it goes."""

    cap: int = DEFAULT_CAP
    workers: int | None = None
    on_start: Callable[[int], None] | None = None  # the number of mutants to grade
    on_progress: Callable[[str, int, int], None] | None = None  # exercise, done, its total


def rule_text(cap: int, seeds: Sequence[int]) -> str:
    """The rule the command states: what counts, what is excluded, and the bar."""
    return (
        "Each mutant is the reference with one small change (operators, comparisons, "
        "constants, axes, off-by-one, dropped statements; formulas, option sets and report "
        "edits for the kinds that are read; seeds and a figure's size (figsize=, dpi=) are "
        "never changed, since any seed will do and a figure is judged by what it shows, not "
        "how it looks; a challenge keeps the numbers it passes to "
        "calls, since any sensible hyperparameter clears its bar); it is killed when the "
        f"checks fail it with any of the seeds {', '.join(map(str, seeds))} (a failed case, "
        "an error, a timeout or a crash). Excluded without grading, by rule only: invalid "
        "mutants (they do not compile or parse) and equivalent ones (trivial compiler "
        "equivalence: the same bytecode as the reference or an earlier mutant; for a "
        "formula the same SymPy expression, for a report the same text). At most "
        f"{cap} mutants per exercise, drawn with random.Random({SAMPLE_SEED}) when there "
        f"are more. Bar: every exercise at least {MIN_SCORE:.2f} and the median at "
        f"least {MIN_MEDIAN:.2f}."
    )


def mutants_of(exercise: Exercise) -> tuple[str, MutantSet]:
    """What is mutated for this kind, and its mutants."""
    if exercise.kind is Kind.CHOICE:
        return "the option set", choice_mutants(exercise)
    if exercise.kind is Kind.SYMBOLIC:
        return f"the {exercise.meta.entry} formula", symbolic_mutants(exercise)
    if exercise.kind is Kind.WRITTEN:
        return "solution.md", written_mutants(exercise)
    found = python_mutants(
        exercise.solution_source(),
        where=str(exercise.solution_path),
        keep_hyperparameters=exercise.kind is Kind.CHALLENGE,
    )
    return "solution.py", found


def sample(mutants: Sequence[Mutant], cap: int) -> list[Mutant]:
    """At most `cap` mutants, the same ones on every run, kept in source order."""
    if len(mutants) <= cap:
        return list(mutants)
    chosen = sorted(random.Random(SAMPLE_SEED).sample(range(len(mutants)), cap))
    return [mutants[i] for i in chosen]


@dataclass
class _Tally:
    exercise: Exercise
    mutated: str
    found: MutantSet
    chosen: list[Mutant]
    problem: str = ""
    done: int = 0
    killed: int = 0
    seconds: float = 0.0
    survivors: list[Survivor] = field(default_factory=list)
    errors: list[CheckerError] = field(default_factory=list)

    def score(self) -> MutationScore:
        return MutationScore(
            exercise=self.exercise.id,
            mutated=self.mutated,
            made=len(self.found.mutants),
            total=len(self.chosen),
            killed=self.killed,
            invalid=self.found.invalid,
            equivalent=self.found.equivalent,
            survivors=tuple(sorted(self.survivors, key=lambda s: (s.line, s.column))),
            checker_errors=tuple(self.errors),
            problem=self.problem,
            seconds=self.seconds,
        )


def score_exercises(
    exercises: Sequence[Exercise],
    *,
    grader: LocalGrader,
    seeds: Sequence[int],
    run: MutationRun | None = None,
) -> dict[str, MutationScore]:
    """Grade the mutants of every exercise on a thread per core over the grader's pool."""
    run = run or MutationRun()
    if run.cap < 1:
        raise UsageError(f"A cap of {run.cap} mutants per exercise grades none: give at least 1.")
    tallies = [_plan(exercise, run.cap) for exercise in exercises]
    if run.on_start:
        run.on_start(sum(len(t.chosen) for t in tallies))
    pool = ThreadPoolExecutor(max_workers=run.workers or os.cpu_count() or 1)
    futures: dict[Future[tuple[bool, str, float]], tuple[_Tally, Mutant]] = {}
    try:
        for tally in tallies:
            tried = tuple(seeds[:1]) if tally.exercise.kind in READ_ONLY else tuple(seeds)
            for mutant in tally.chosen:
                job = pool.submit(_grade, grader, tally.exercise, mutant, tried)
                futures[job] = (tally, mutant)
        for job in as_completed(futures):
            tally, mutant = futures[job]
            killed, error, seconds = job.result()
            tally.done += 1
            tally.seconds += seconds
            if killed:
                tally.killed += 1
            else:
                tally.survivors.append(Survivor(mutant.line, mutant.column, mutant.description))
            if error:
                tally.errors.append(CheckerError(mutant.line, mutant.description, error))
            if run.on_progress:
                run.on_progress(tally.exercise.id, tally.done, len(tally.chosen))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return {t.exercise.id: t.score() for t in tallies}


def _plan(exercise: Exercise, cap: int) -> _Tally:
    try:
        mutated, found = mutants_of(exercise)
    except ContentError as exc:
        return _Tally(exercise, "", MutantSet(()), [], problem=exc.message)
    problem = "" if found.mutants else "no mutant could be made of the reference"
    return _Tally(exercise, mutated, found, sample(found.mutants, cap), problem=problem)


def _grade(
    grader: LocalGrader, exercise: Exercise, mutant: Mutant, seeds: tuple[int, ...]
) -> tuple[bool, str, float]:
    """Whether the checks kill the mutant, the error they raised if any, and the time."""
    started = time.perf_counter()
    for seed in seeds:
        try:
            verdict = grader.grade(exercise, mutant.source, seed=seed)
        except Exception as exc:  # the exercise's own checks raised on a wrong value
            error = f"{type(exc).__name__}: {exc}"[:300]
            return True, error, time.perf_counter() - started
        if not verdict.passed:
            return True, "", time.perf_counter() - started
    return False, "", time.perf_counter() - started


def summarise(
    scores: Sequence[MutationScore], *, cap: int, seeds: Sequence[int]
) -> MutationSummary:
    measured = [s for s in scores if s.score is not None]
    values = [s.score for s in measured if s.score is not None]
    return MutationSummary(
        median=statistics.median(values) if values else None,
        minimum=min(values) if values else None,
        scored=len(values),
        below_minimum=tuple(s.exercise for s in measured if (s.score or 0.0) < MIN_SCORE),
        below_target=sum(1 for v in values if v < MIN_MEDIAN),
        unmeasured=tuple(s.exercise for s in scores if s.score is None),
        rule=rule_text(cap, seeds),
    )
