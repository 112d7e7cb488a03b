"""Loading an exercise's trusted `cases.py` in the host, never in a child."""

from __future__ import annotations

import importlib.util
import inspect
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import ContentError
from mldojo.grading.casekit import Call, Case, same
from mldojo.grading.codec import FigureSummary
from mldojo.grading.figures import compare_figures

Compare = Callable[[Case, Any, Any], "str | None"]


@dataclass(frozen=True)
class Checks:
    cases: Callable[[Any], list[Case]]
    compare: Compare
    custom: bool = False  # the exercise words its own messages
    compare_takes_call: bool = False

    def compare_step(self, case: Case, call: Call, expected: Any, got: Any) -> str | None:
        """Class exercises: compare(case, expected, got, call) when the exercise asks for it."""
        if self.compare_takes_call:
            return self.compare(case, expected, got, call)  # type: ignore[call-arg]
        return self.compare(case, expected, got)


def default_compare(case: Case, expected: Any, got: Any) -> str | None:
    if isinstance(expected, FigureSummary):
        return compare_figures(expected, got, rtol=case.rtol, atol=case.atol)
    return same(expected, got, rtol=case.rtol, atol=case.atol, check_dtype=case.check_dtype)


def with_diagnosis(diagnose: Compare) -> Compare:
    """The default comparison, followed by the exercise's guess at the mistake (what a
    `cases.py` with only `diagnose` gets; its own `compare` may call it too)."""

    def compare(case: Case, expected: Any, got: Any) -> str | None:
        problem = default_compare(case, expected, got)
        if problem is None:
            return None
        hint = diagnose(case, expected, got)
        if case.hidden:  # the default's words show values: keep only the exercise's own
            return hint or "it does not match"
        return f"{problem}; {hint}" if hint else problem

    return compare


def load_checks(exercise: Exercise) -> Checks:
    module = load_module(exercise)
    cases = getattr(module, "cases", None)
    if cases is None:
        if exercise.kind is not Kind.NUMERIC:
            raise ContentError(
                f"{exercise.cases_path}: defines no cases(rng) function; add one that "
                "returns a list of Case."
            )
        entry = exercise.meta.entry

        def cases(rng: Any) -> list[Case]:
            return [Case(entry)]

    compare = getattr(module, "compare", None)
    diagnose = getattr(module, "diagnose", None)
    if compare is None and diagnose is not None:
        return Checks(
            cases=cases, compare=_at_fault(exercise, with_diagnosis(diagnose)), custom=True
        )
    if compare is None:
        return Checks(cases=cases, compare=default_compare)
    takes_call = len(inspect.signature(compare).parameters) >= 4
    return Checks(
        cases=cases,
        compare=_at_fault(exercise, compare),
        custom=True,
        compare_takes_call=takes_call,
    )


def _at_fault(exercise: Exercise, compare: Callable[..., str | None]) -> Compare:
    """The exercise's own comparison, whose failure is the exercise's, said as such: a
    learner gets no verdict from it, never a crash of mldojo's own."""

    def compare_or_say(case: Case, expected: Any, got: Any, *call: Call) -> str | None:
        try:
            return compare(case, expected, got, *call)
        except Exception as exc:
            raise ContentError(
                f"{exercise.cases_path}: comparing the case '{case.name}' raised "
                f"{type(exc).__name__}: {exc}; the exercise's checks are at fault, not the "
                "code checked: fix the exercise's checks."
            ) from None

    return compare_or_say


def load_module(exercise: Exercise) -> types.ModuleType:
    name = f"mldojo_cases_{exercise.id.replace('.', '_')}_{exercise.version}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, exercise.cases_path)
    if spec is None or spec.loader is None:
        raise ContentError(f"{exercise.cases_path}: cannot be imported.")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ContentError(
            f"{exercise.cases_path}: fails to import ({type(exc).__name__}: {exc}); "
            "fix the exercise's checks."
        ) from None
    sys.modules[name] = module
    return module


def make_cases(exercise: Exercise, checks: Checks, seed: int) -> list[Case]:
    import numpy as np

    try:
        cases = list(checks.cases(np.random.default_rng(seed)))
    except Exception as exc:
        raise ContentError(
            f"{exercise.cases_path}: cases(rng) raised {type(exc).__name__}: {exc}; "
            "fix the exercise's checks."
        ) from None
    if not cases or not all(isinstance(c, Case) for c in cases):
        raise ContentError(
            f"{exercise.cases_path}: cases(rng) must return a non-empty list of Case."
        )
    return cases
