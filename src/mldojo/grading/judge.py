"""Judging one submission: run the learner's code and the reference apart, compare in the host."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import ContentError
from mldojo.grading import codec
from mldojo.grading.casekit import Case
from mldojo.grading.challenge import as_case, judge_challenge, load_challenge
from mldojo.grading.checks import Checks, load_checks, make_cases
from mldojo.grading.choice import judge_choice
from mldojo.grading.figures import shown_figure
from mldojo.grading.flavours import flavour_of
from mldojo.grading.formula_text import refusal
from mldojo.grading.kept import CASE as KEPT
from mldojo.grading.kept import changed_kept
from mldojo.grading.outcome import describe_error, run_failure
from mldojo.grading.runner import ChildOutcome, ColdRunner, EncodedCases, Runner
from mldojo.grading.service import Meanwhile
from mldojo.grading.speed import judge_speed, timing_case
from mldojo.grading.symbolic import CASE, judge_symbolic
from mldojo.grading.verdict import CaseResult, Status, Verdict
from mldojo.grading.without import written_as_asked
from mldojo.grading.written import judge_written

MODES = {
    Kind.FUNCTION: "call",
    Kind.DEBUG: "call",
    Kind.CLASS: "replay",
    Kind.NUMERIC: "attr",
    Kind.CHALLENGE: "call",
    Kind.SYMBOLIC: "symbolic",
    Kind.PLOT: "call",
    Kind.SPEED: "call",
}

ReferenceRunner = Callable[[Exercise, int, dict[str, Any]], dict[str, Any]]
COLD = ColdRunner()


@cache
def _reference_threads() -> ThreadPoolExecutor:
    """Where references run beside the learner's code: threads kept, not started per check."""
    return ThreadPoolExecutor(max_workers=16, thread_name_prefix="reference")


def run(
    runner: Runner,
    exercise: Exercise,
    request: dict[str, Any],
    meanwhile: Meanwhile | None = None,
) -> ChildOutcome:
    flavour = flavour_of(exercise, request)
    return runner.run(request, exercise.meta.limits, flavour=flavour, meanwhile=meanwhile)


def build_request(
    exercise: Exercise, cases: list[Case], source: str, filename: str
) -> dict[str, Any]:
    return _request(exercise, [encode_case(exercise, c) for c in cases], source, filename)


def _request(
    exercise: Exercise, encoded: list[dict[str, Any]], source: str, filename: str
) -> dict[str, Any]:
    return {
        "filename": filename,
        "source": source,
        "mode": MODES[exercise.kind],
        "entry": exercise.meta.entry,
        "cases": encoded,
    }


def encode_case(exercise: Exercise, case: Case) -> dict[str, Any]:
    """A case's inputs as the codec sends them; one it cannot send is the exercise's fault."""
    try:
        encoded = {
            "args": codec.encode(list(case.args)),
            "kwargs": codec.encode(dict(case.kwargs)),
            "calls": [
                [k.method, codec.encode(list(k.args)), codec.encode(dict(k.kwargs))]
                for k in case.calls
            ],
        }
    except codec.CodecError as exc:
        raise ContentError(
            f"{exercise.cases_path}: the case '{case.name}' has an input that cannot be sent "
            f"to the code checked ({exc}); the exercise's checks are at fault, not the code "
            "checked: give the case plain values, NumPy arrays, pandas objects or tensors "
            "(casekit.tensor)."
        ) from None
    if case.fresh_result:  # only then: every other request stays as it was
        encoded["fresh_result"] = True
    return encoded


def cases_for(exercise: Exercise, checks: Checks, seed: int) -> list[Case]:
    """The cases a check with `seed` runs (a speed exercise's timing input last)."""
    cases = make_cases(exercise, checks, seed)
    if exercise.kind is Kind.NUMERIC:
        cases = cases[:1]
    if exercise.kind is Kind.SPEED:
        cases = [*cases, timing_case(exercise, seed)]
    return cases


@dataclass(frozen=True)
class Plan:
    """The cases of a check with one seed, drawn and encoded: a grader that runs the
    reference ahead of a check hands them on to that check, which then need not draw
    them again. Each plan is judged once, so nothing a check does to its cases can
    reach another check."""

    seed: int
    cases: list[Case]
    encoded: EncodedCases

    def request(self, exercise: Exercise, source: str, filename: str) -> dict[str, Any]:
        return _request(exercise, self.encoded, source, filename)


def plan(exercise: Exercise, seed: int, checks: Checks | None = None) -> Plan:
    cases = cases_for(exercise, checks or load_checks(exercise), seed)
    return Plan(seed, cases, EncodedCases([encode_case(exercise, c) for c in cases]))


# Kinds whose check runs the reference on the same inputs as the learner's code.
COMPARED = (Kind.FUNCTION, Kind.DEBUG, Kind.CLASS, Kind.NUMERIC, Kind.PLOT, Kind.SPEED)


def run_reference(
    exercise: Exercise, seed: int, request: dict[str, Any], runner: Runner = COLD
) -> dict[str, Any]:
    """Run the reference on the same request; a broken reference is a content error."""
    reference = dict(request, source=exercise.solution_source(), filename="solution.py")
    outcome = run(runner, exercise, reference)
    result = outcome.result
    problem = None
    if result is None:
        problem = "produced no result" + (" (timed out)" if outcome.timed_out else "")
    elif "load_error" in result:
        error = result["load_error"]
        problem = f"did not load ({error['type']}: {error['message']}, line {error['line']})"
    elif "missing_entry" in result:
        problem = (
            f"does not define {result['missing_entry']} (the entry exercise.toml names, "
            "which is also the starter's)"
        )
    elif not all(r["ok"] or _raised(r) for r in result["results"]):
        index, bad = next(
            (i, r) for i, r in enumerate(result["results"]) if not (r["ok"] or _raised(r))
        )
        error = bad["error"]
        problem = f"raised {error['type']}: {error['message']} on case {index + 1}"
    elif exercise.kind is Kind.PLOT:
        problem = _not_a_figure(result["results"])
    if problem:
        raise ContentError(
            f"The reference of '{exercise.id}' {problem} (seed {seed}); the exercise is broken: "
            f"fix {exercise.solution_path} or its cases.py. {outcome.output[-500:]}"
        )
    assert result is not None
    return result


def _not_a_figure(results: list[dict[str, Any]]) -> str | None:
    """A plot reference returns a figure for every case: compared with anything else,
    a learner's correct figure would fail."""
    for index, entry in enumerate(results):
        if "value" in entry:
            value = codec.decode(entry["value"])
            if not isinstance(value, codec.FigureSummary):
                return (
                    f"returned {type(value).__name__}, not a matplotlib Figure, on case "
                    f"{index + 1} (a plot exercise's entry returns its figure: return fig)"
                )
    return None


def _raised(entry: dict[str, Any]) -> bool:
    """A case's call (a replay's constructor) raised an exception, which its case may
    ask for; `grade` holds the reference to what each case declares."""
    if "steps" in entry:  # a replay reports a call's exception and goes on; only its
        return not entry["ok"] and entry.get("at") == -1 and _exception(entry["error"])
    return "value" not in entry and _exception(entry["error"])


def _exception(error: dict[str, Any]) -> bool:
    return error.get("type") != "UncheckableValue"


def _is_a(error: dict[str, Any] | None, name: str) -> bool:
    """Whether a reported exception is of the class `name` or a subclass of it."""
    if error is None:
        return False
    kinds = error.get("kinds")
    return name in (kinds if isinstance(kinds, list) else [error.get("type")])


def _reference_raises_as_declared(
    exercise: Exercise, seed: int, cases: list[Case], expected: dict[str, Any]
) -> None:
    """A reference raises exactly where its cases say a call raises, and nowhere else."""
    for number, (case, want) in enumerate(zip(cases, expected["results"], strict=True), 1):
        found: list[tuple[str | None, dict[str, Any] | None, str]] = []
        if exercise.kind is Kind.CLASS:
            raised = want.get("raised", {})
            built = None if want["ok"] else want["error"]  # only the constructor stops it
            found = [
                (case.raises, built, "the constructor"),
                *[
                    (call.raises, raised.get(str(i)), f"call {call.describe()}")
                    for i, call in enumerate(case.calls)
                ],
            ]
        elif "value" not in want or case.raises:
            found = [(case.raises, None if want["ok"] else want["error"], "the call")]
        for declared, error, what in found:
            if declared and not _is_a(error, declared):
                problem = f"did not raise {declared} in {what} of case {number}, as declared"
            elif error is not None and not declared:
                problem = f"raised {error['type']}: {error['message']} in {what} of case {number}"
            else:
                continue
            raise ContentError(
                f"The reference of '{exercise.id}' {problem} (seed {seed}); the exercise is "
                f"broken: fix {exercise.solution_path} or its cases.py."
            )


def grade(
    exercise: Exercise,
    source: str,
    *,
    seed: int,
    filename: str | None = None,
    reference: ReferenceRunner = run_reference,
    runner: Runner = COLD,
    drawn: Plan | None = None,
    meanwhile: Meanwhile | None = None,
) -> Verdict:
    """`drawn`: this seed's cases, when the caller has drawn them already. `meanwhile`:
    the caller's own work, done exactly once before this returns or raises (unless it
    raises itself): while the learner's code runs, or after judging where nothing runs."""
    once = _Once(meanwhile)
    try:
        verdict = _grade(exercise, source, seed, filename, reference, runner, drawn, once)
        # The caller's work (recording the attempt, which may wait for a locked database)
        # is not the check's time.
        spent_ms = round(once.spent * 1000)
        return replace(verdict, duration_ms=max(0, verdict.duration_ms - spent_ms))
    finally:
        once()


class _Once:
    """The caller's work, done the first time this is called and never again."""

    def __init__(self, work: Meanwhile | None) -> None:
        self.work = work
        self.spent = 0.0  # seconds the work took

    def __call__(self) -> None:
        work, self.work = self.work, None
        if work is not None:
            began = time.perf_counter()
            try:
                work()
            finally:
                self.spent = time.perf_counter() - began


def _grade(
    exercise: Exercise,
    source: str,
    seed: int,
    filename: str | None,
    reference: ReferenceRunner,
    runner: Runner,
    drawn: Plan | None,
    meanwhile: Meanwhile,
) -> Verdict:
    started = time.perf_counter()
    if exercise.kind in (Kind.CHOICE, Kind.WRITTEN):  # read, never run
        judge_text = judge_choice if exercise.kind is Kind.CHOICE else judge_written
        results = judge_text(exercise, source)
        status = Status.PASSED if all(r.passed for r in results) else Status.FAILED
        return _verdict(exercise, seed, status, results, started)
    changed = changed_kept(exercise, source)
    if changed is not None:  # nothing runs: a changed driver could report anything
        return _verdict(exercise, seed, Status.FAILED, [CaseResult(KEPT, False, changed)], started)
    refused = written_as_asked(source, exercise.meta)
    if refused is not None:  # nothing runs
        case = CaseResult(refused.case, False, refused.message)
        return _verdict(exercise, seed, Status.FAILED, [case], started)
    if filename:
        exercise = exercise.as_submitted(filename)
    filename = exercise.file_name
    if exercise.kind is Kind.CHALLENGE:
        return _grade_challenge(exercise, source, seed, filename, started, runner, meanwhile)
    if exercise.kind is Kind.SYMBOLIC:
        return _grade_symbolic(exercise, source, seed, filename, started, runner, meanwhile)
    checks = load_checks(exercise)
    if drawn is None or drawn.seed != seed:
        drawn = plan(exercise, seed, checks)
    cases = drawn.cases
    request = drawn.request(exercise, source, filename)
    begun: list[Future[tuple[dict[str, Any], list[Any]]]] = []

    def reference_beside() -> None:
        """Right after the request is sent (the runner's `meanwhile`): the reference
        thread then takes the interpreter while this one waits for the child, not while
        it sends the request."""
        if not begun:
            begun.append(_reference_threads().submit(_expected, reference, exercise, seed, request))
        meanwhile()

    outcome = run(runner, exercise, request, reference_beside)
    reference_beside()  # a runner that did not call it
    expected, expected_values = begun[0].result()
    _reference_raises_as_declared(exercise, seed, cases, expected)
    names = [case.name for case in cases]
    failed = run_failure(exercise, outcome, MODES[exercise.kind], len(cases), names)
    figures: tuple[dict[str, Any], ...] = ()
    if failed is not None:
        status, results = failed
    else:
        assert outcome.result is not None  # run_failure covers a missing report
        results = [
            _judge_case(exercise, checks, case, got, want, value)
            for case, got, want, value in zip(
                cases, outcome.result["results"], expected["results"], expected_values, strict=True
            )
        ]
        if exercise.kind is Kind.SPEED and all(r.passed for r in results):
            timed = expected["results"][-1]["value"]
            results.append(
                judge_speed(
                    exercise, checks, cases[-1], codec.decode(timed), source, filename, runner
                )
            )
        status = Status.PASSED if all(r.passed for r in results) else Status.FAILED
        if exercise.kind is Kind.PLOT:
            figures = shown_figure(
                cases, outcome.result["results"], expected["results"], [r.passed for r in results]
            )
    verdict = _verdict(exercise, seed, status, results, started, outcome.output, _usage(outcome))
    return replace(verdict, figures=figures) if figures else verdict


def _grade_challenge(
    exercise: Exercise,
    source: str,
    seed: int,
    filename: str,
    started: float,
    runner: Runner,
    meanwhile: Meanwhile,
) -> Verdict:
    """Only the learner's code runs; the hidden labels stay here."""
    data = load_challenge(exercise, seed)
    request = build_request(exercise, [as_case(data)], source, filename)
    return _one_run(
        exercise,
        runner,
        request,
        "call",
        seed,
        started,
        lambda got: judge_challenge(exercise, data, got, seed),
        meanwhile,
    )


def _grade_symbolic(
    exercise: Exercise,
    source: str,
    seed: int,
    filename: str,
    started: float,
    runner: Runner,
    meanwhile: Meanwhile,
) -> Verdict:
    """The expression is parsed in the sandbox; the host only rebuilds its tree."""
    spec = exercise.meta.symbolic
    assert spec is not None
    refused = refusal(exercise, source)  # code or SymPy's calculus in place of a formula
    if refused is not None:
        return _verdict(exercise, seed, Status.FAILED, [CaseResult(CASE, False, refused)], started)
    request = dict(
        build_request(exercise, [], source, filename),
        symbols=spec.symbols,
        positive=spec.positive,
    )
    return _one_run(
        exercise,
        runner,
        request,
        "symbolic",
        seed,
        started,
        lambda got: judge_symbolic(exercise, got, seed),
        meanwhile,
    )


def _one_run(
    exercise: Exercise,
    runner: Runner,
    request: dict[str, Any],
    mode: str,
    seed: int,
    started: float,
    judge_result: Callable[[dict[str, Any]], list[CaseResult]],
    meanwhile: Meanwhile,
) -> Verdict:
    """A kind judged from one result of one run of the learner's code."""
    outcome = run(runner, exercise, request, meanwhile)
    failed = run_failure(exercise, outcome, mode, 1)
    if failed is not None:
        status, results = failed
    else:
        assert outcome.result is not None
        results = judge_result(outcome.result["results"][0])
        status = Status.PASSED if all(r.passed for r in results) else Status.FAILED
    return _verdict(exercise, seed, status, results, started, outcome.output, _usage(outcome))


def _usage(outcome: ChildOutcome) -> dict[str, float]:
    return {
        "wall_s": round(outcome.wall_s, 4),
        "cpu_s": round(outcome.cpu_s, 4),
        "max_rss_mb": round(outcome.max_rss_mb, 1),
    }


def _verdict(
    exercise: Exercise,
    seed: int,
    status: Status,
    results: list[CaseResult],
    started: float,
    output: str = "",
    usage: dict[str, float] | None = None,
) -> Verdict:
    return Verdict(
        exercise=exercise.id,
        version=exercise.version,
        status=status,
        cases=tuple(results),
        duration_ms=round((time.perf_counter() - started) * 1000),
        seed=seed,
        output=output,
        usage=usage or {},
    )


NOT_DECODED = object()


def _expected(
    reference: ReferenceRunner, exercise: Exercise, seed: int, request: dict[str, Any]
) -> tuple[dict[str, Any], list[Any]]:
    """The reference's outputs, and each case's expected value decoded (NOT_DECODED where
    there is none, or where decoding fails: judging then decodes it and meets the error).
    Run in a reference thread while the learner's code runs, so that judging after the
    run only has to compare."""
    expected = reference(exercise, seed, request)
    values: list[Any] = []
    for want in expected.get("results", []):
        value = NOT_DECODED
        if exercise.kind is not Kind.CLASS and want.get("ok") and "value" in want:
            with contextlib.suppress(Exception):
                value = codec.decode(want["value"])
        values.append(value)
    return expected, values


def _judge_case(
    exercise: Exercise,
    checks: Checks,
    case: Case,
    got: dict[str, Any],
    want: dict[str, Any],
    expected: Any = NOT_DECODED,
) -> CaseResult:
    if exercise.kind is Kind.CLASS:
        return _with_leaked_class_state(
            exercise, _judge_replay(exercise, checks, case, got, want), got, want
        )

    def context() -> str:  # written out only for a failing case: printing arrays is slow
        if exercise.kind is Kind.NUMERIC:
            return ""  # a numeric answer has no input to show
        return f"when called as {case.describe_call(exercise.meta.entry)}"

    if case.raises:
        problem = _raise_problem(case.raises, None if got["ok"] else got["error"], "it")
        return _result(case, problem, context() if problem else "", trusted=True)
    if not got["ok"]:
        where = context() or f"while computing {exercise.meta.entry}"
        if case.hidden:  # its input stays hidden, as its expected value does
            where = f"on a hidden edge case ({_bare(case.name)}); think about what is special in it"
        return _failed_by_raising(exercise, checks, case, got["error"], where)
    try:
        value = codec.decode(got["value"])
    except (codec.CodecError, KeyError, TypeError, ValueError):
        return CaseResult(case.name, False, "the value that came back is malformed")
    if expected is NOT_DECODED:
        expected = codec.decode(want["value"])
    problem = checks.compare(case, expected, value)
    if got.get("mutated") and not want.get("mutated"):
        mutated = MUTATED + (UNDONE if got.get("mutated_by_rounding") else "")
        problem = f"{problem}; also, {mutated}" if problem else mutated
    elif case.fresh_result and isinstance(got.get("shared"), dict) and not want.get("shared"):
        shared = _shared_problem(got["shared"])
        problem = f"{problem}; also, {shared}" if problem else shared
    return _result(case, problem, context() if problem else "", trusted=checks.custom)


def _failed_by_raising(
    exercise: Exercise, checks: Checks, case: Case, error: dict[str, Any], where: str
) -> CaseResult:
    """A case whose code raised: the exception in words, with what the exercise says it
    means (`explain_error`) or else its usual meaning."""
    advice = checks.error_advice(case, error)
    return CaseResult(case.name, False, describe_error(error, exercise, where, advice))


def _shared_problem(shared: Any) -> str:
    """A result that holds one of the caller's own lists, dicts or sets, in words."""
    kind = str(shared.get("kind", "list"))
    where = str(shared.get("result", ""))
    held = str(shared.get("input", "its input"))
    part = f"the {kind} at {where} of what it returned" if where else f"the {kind} it returned"
    copy = "a slice or list(...)" if kind == "list" else f"{kind}(...) or a comprehension"
    return (
        f"{part} is `{held}` itself, the caller's own {kind}, not a new one: code that "
        "changes the result in place (pads, shuffles or clears it) would change the "
        f"caller's data too; build a new {kind} ({copy} makes one)"
    )


MUTATED = "it changed its input in place: the caller's data must stay as it was, so work on a copy"
# When the change is only rounding: the learner put the values back by hand.
UNDONE = (
    " (a change undone afterwards, as in w[i] += h then w[i] -= h, still leaves a rounding "
    "error behind)"
)


def _changed_only(got: dict[str, Any], want: dict[str, Any]) -> set[int]:
    """The calls (-1: the constructor) that changed their arguments where the reference's
    did not: a reference that updates in place sets the rule for that call."""
    return set(got.get("changed", ())) - set(want.get("changed", ()))


def _judge_replay(
    exercise: Exercise, checks: Checks, case: Case, got: dict[str, Any], want: dict[str, Any]
) -> CaseResult:
    entry = exercise.meta.entry
    if case.raises:  # the object must refuse to be built
        error = None if got["ok"] or got.get("at") != -1 else got["error"]
        problem = _raise_problem(case.raises, error, _named_call(case, entry, -1))
        return _result(case, problem, "", trusted=True)
    got_steps = got["steps"]
    changed = _changed_only(got, want)
    if -1 in changed:  # the constructor changed what it was given
        said = f"{case.describe_call(entry)} {MUTATED.removeprefix('it ')}"
        return _result(case, said, "", trusted=checks.custom)
    for index, expected in enumerate(want["steps"]):
        call = case.calls[index]
        if index >= len(got_steps):
            error = got.get("error") or {"type": "Error", "message": "stopped early"}
            if got.get("at") == -1:
                where = f"in {case.describe_call(entry)}"
            else:
                where = f"in {call.describe()}, {_sequence(case, entry, index)}"
            return _failed_by_raising(exercise, checks, case, error, "" if case.hidden else where)
        raised = got.get("raised", {}).get(str(index))
        if call.raises:
            problem = _raise_problem(call.raises, raised, _named_call(case, entry, index))
            if problem:
                return _result(case, problem, _sequence(case, entry, index), trusted=True)
            continue
        if raised is not None:
            where = f"in {call.describe()}, {_sequence(case, entry, index)}"
            return _failed_by_raising(exercise, checks, case, raised, "" if case.hidden else where)
        try:
            value = codec.decode(got_steps[index])
        except (codec.CodecError, KeyError, TypeError, ValueError):
            return CaseResult(case.name, False, f"{call.describe()} returned a malformed value")
        problem = checks.compare_step(case, call, codec.decode(expected), value)
        if problem is None and index in changed:
            problem = MUTATED
        if problem:
            return _result(
                case,
                f"{call.describe()} was wrong: {problem}",
                _sequence(case, entry, index),
                trusted=checks.custom,
            )
    return _judge_later(exercise, case, got, want)


def _with_leaked_class_state(
    exercise: Exercise, judged: CaseResult, got: dict[str, Any], want: dict[str, Any]
) -> CaseResult:
    """A failed case whose object started with what earlier cases' objects put in a
    class attribute (the reference's did not): that attribute is named as the cause."""
    leaked = got.get("class_state_leaked")
    if judged.passed or not isinstance(leaked, list):
        return judged
    theirs = want.get("class_state_leaked") or ()
    names = [n for n in leaked if isinstance(n, str) and n.isidentifier() and n not in theirs]
    if not names:
        return judged
    entry, named = exercise.meta.entry, ", ".join(f"`{n}`" for n in names[:3])
    one = len(names) == 1
    cause = (
        f"the cause: {named} {'is a class attribute' if one else 'are class attributes'} "
        f"of {entry}, one object shared by every {entry}, so a new one starts with what "
        f"earlier ones put there; create {'it' if one else 'them'} in __init__ "
        f"(self.{names[0]} = ...)"
    )
    return replace(judged, message=f"{judged.message}; {cause}")


def _judge_later(
    exercise: Exercise, case: Case, got: dict[str, Any], want: dict[str, Any]
) -> CaseResult:
    """Every call was right: now, whether the object went on to change what it was given,
    or what it had returned, where the reference's did not (a reference computed before
    this was checked says nothing, and nothing is judged). The words show no value, so a
    hidden case shows them too."""
    entry, last = exercise.meta.entry, len(case.calls) - 1
    if "later_args" not in want:
        return CaseResult(case.name, True, "")
    kept = sorted(set(got.get("later_args", ())) - set(want["later_args"]))
    if kept:
        what = _named_call(case, entry, kept[0])
        problem = (
            f"what was passed to {what} changed later, in another call: the object kept "
            "the caller's data and changed it; keep a copy of what you are given"
        )
        return _result(case, problem, _sequence(case, entry, last), trusted=True)
    handed = sorted(set(got.get("later_results", ())) - set(want.get("later_results", ())))
    if handed:
        problem = (
            f"the value {_named_call(case, entry, handed[0])} returned changed later, in another "
            "call: it is the object's own state, not a snapshot; return a copy"
        )
        return _result(case, problem, _sequence(case, entry, last), trusted=True)
    return CaseResult(case.name, True, "")


def _raise_problem(name: str, error: dict[str, Any] | None, what: str) -> str | None:
    """What is wrong with how a call that must raise `name` ended, or None. The words
    show no value, so a hidden case shows them too."""
    if _is_a(error, name):
        return None
    if error is None or not _exception(error):
        return f"{what} should raise {name} here, but it returned normally"
    return f"{what} raised {error['type']}: {error['message']}; {name} is expected here"


def _named_call(case: Case, entry: str, index: int) -> str:
    """A call (-1: the constructor) with its arguments, or only its name in a hidden case."""
    if case.hidden:
        return f"{entry if index == -1 else case.calls[index].method}(...)"
    return case.describe_call(entry) if index == -1 else case.calls[index].describe()


KEPT_CALLS = 6


def _sequence(case: Case, entry: str, index: int) -> str:
    """`after Ctor(...), ..., the last few calls` up to and including call `index`."""
    calls = [c.describe() for c in case.calls[: index + 1]]
    if len(calls) > KEPT_CALLS:
        calls = [f"… {len(calls) - KEPT_CALLS} more calls …", *calls[-KEPT_CALLS:]]
    return "after " + ", ".join([case.describe_call(entry), *calls])


def _bare(name: str) -> str:
    """A hidden case's name inside a sentence that already says it is hidden."""
    return name.removesuffix(" (hidden)")


def _result(case: Case, problem: str | None, context: str, *, trusted: bool) -> CaseResult:
    """A failing case's message; a hidden case shows neither its input nor, unless the
    exercise's own compare() worded it, the expected value."""
    if problem is None:
        return CaseResult(case.name, True, "")
    if case.hidden:
        # The exercise's own words already say what is wrong: only say where.
        told = (
            f"{problem} (on a hidden edge case: {_bare(case.name)})"
            if trusted
            else f"your result is wrong on this hidden edge case ({_bare(case.name)}); "
            "think about what is special in it"
        )
        return CaseResult(case.name, False, told)
    if not context:
        return CaseResult(case.name, False, problem)
    if len(context) > 300:
        context = context[:297] + "..."
    return CaseResult(case.name, False, f"{problem}, {context}")
