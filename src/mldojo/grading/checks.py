"""Loading an exercise's trusted `cases.py` in the host, never in a child."""

from __future__ import annotations

import copy
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
# A learner's exception ({"type", "message", "kinds", "line"}, as the driver reports it)
# in the exercise's own words, or None for the usual advice.
ExplainError = Callable[[Case, dict[str, Any]], "str | None"]


@dataclass(frozen=True)
class Checks:
    cases: Callable[[Any], list[Case]]
    compare: Compare
    custom: bool = False  # the exercise words its own messages
    compare_takes_call: bool = False
    explain_error: ExplainError | None = None

    def error_advice(self, case: Case, error: dict[str, Any]) -> str | None:
        """What the exercise says a learner's exception in this case means, or None."""
        return None if self.explain_error is None else self.explain_error(case, error)

    def compare_step(self, case: Case, call: Call, expected: Any, got: Any) -> str | None:
        """Class exercises: compare(case, expected, got, call) when the exercise asks for it."""
        if self.compare_takes_call:
            return self.compare(case, expected, got, call)  # type: ignore[call-arg]
        return self.compare(case, expected, got)


def default_compare(case: Case, expected: Any, got: Any) -> str | None:
    if isinstance(expected, FigureSummary):
        return compare_figures(expected, got, rtol=case.rtol, atol=case.atol)
    return same(expected, got, rtol=case.rtol, atol=case.atol, check_dtype=case.check_dtype)


# What a hidden case says when only the type is wrong: the default's words show the value.
TYPE_ONLY_HIDDEN = (
    "the values are right, but not their type: return the Python types the statement "
    "names (int(...) or .item() turns a NumPy scalar into a Python number)"
)


def type_only(case: Case, expected: Any, got: Any) -> bool:
    """Whether `got` differs from `expected` only in the Python type of equal numbers (a
    NumPy int64 for an int, an int for a float): then the type is the whole mistake, and a
    diagnosis, which explains wrong values, would mislead. An array's dtype is not such a
    type: an exercise's diagnosis often says why its dtype matters."""
    if not case.check_dtype or isinstance(expected, FigureSummary):
        return False
    equal = same(expected, got, rtol=case.rtol, atol=case.atol, check_dtype=False) is None
    return equal and _dtypes_agree(expected, got)


def _dtypes_agree(expected: Any, got: Any) -> bool:
    """Whether every array, frame and series in `got` has its counterpart's dtype(s)."""
    if hasattr(expected, "dtypes") and hasattr(got, "dtypes"):  # a pandas frame
        return bool(list(map(str, expected.dtypes)) == list(map(str, got.dtypes)))
    if hasattr(expected, "dtype") and hasattr(expected, "shape") and expected.shape != ():
        return str(getattr(got, "dtype", None)) == str(expected.dtype)
    if isinstance(expected, list | tuple) and isinstance(got, list | tuple):
        return all(_dtypes_agree(e, g) for e, g in zip(expected, got, strict=False))
    if isinstance(expected, dict) and isinstance(got, dict):
        return all(_dtypes_agree(v, got[k]) for k, v in expected.items() if k in got)
    return True


def with_diagnosis(diagnose: Compare) -> Compare:
    """The default comparison, followed by the exercise's guess at the mistake (what a
    `cases.py` with only `diagnose` gets; its own `compare` may call it too). Where only the
    type of right values differs, the guess is added only if the type is what it speaks
    of: a guess it would make of the right answer too explains a wrong value instead."""

    def compare(case: Case, expected: Any, got: Any) -> str | None:
        problem = default_compare(case, expected, got)
        if problem is None:
            return None
        hint = diagnose(case, expected, got)
        wrong_type = type_only(case, expected, got)
        if hint and wrong_type and _said_of_the_answer(diagnose, case, expected, hint):
            hint = None
        if case.hidden:  # the default's words show values: keep only the exercise's own
            return hint or (TYPE_ONLY_HIDDEN if wrong_type else "it does not match")
        return f"{problem}; {hint}" if hint else problem

    return compare


def _said_of_the_answer(diagnose: Compare, case: Case, expected: Any, hint: str) -> bool:
    """Whether `diagnose` gives `hint` for the expected value itself (a guess at a value
    that does not look at the value); a diagnosis that fails on it is taken at its word."""
    try:
        return bool(diagnose(case, expected, copy.deepcopy(expected)) == hint)
    except Exception:
        return False


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
    explain = getattr(module, "explain_error", None)
    if compare is None and diagnose is not None:
        compare = with_diagnosis(diagnose)
    explain_error = None if explain is None else _at_fault(exercise, explain, "explaining")
    if compare is None:
        return Checks(cases=cases, compare=default_compare, explain_error=explain_error)
    return Checks(
        cases=cases,
        compare=_at_fault(exercise, compare),
        custom=True,  # the exercise words its own messages
        compare_takes_call=len(inspect.signature(compare).parameters) >= 4,
        explain_error=explain_error,
    )


def _at_fault(
    exercise: Exercise, compare: Callable[..., str | None], doing: str = "comparing"
) -> Callable[..., str | None]:
    """The exercise's own comparison (or explanation of an error), whose failure is the
    exercise's, said as such: a learner gets no verdict from it, never a crash of
    mldojo's own."""

    def compare_or_say(case: Case, *args: Any) -> str | None:
        try:
            return compare(case, *args)
        except Exception as exc:
            raise ContentError(
                f"{exercise.cases_path}: {doing} the case '{case.name}' raised "
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
