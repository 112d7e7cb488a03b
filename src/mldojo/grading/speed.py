"""Speed exercises: correct, and at least N times faster than the given slow version.

Both versions run on the same large input, each in its own sandboxed child, taking
turns, `repeats` times. The host measures each run from the kernel: the CPU time
of the run's cgroup between the child saying "ready" and its result (the host's
wall clock where there are no cgroups). The child says "ready" once it has decoded
a fresh copy of the input for each of the `number` calls (and imported the modules
the code under test names), before it loads that code: decoding and imports are
not timed, no learner code runs untimed, and a result remembered by the arguments'
identity never serves a second call. It then waits for the host's "go", and after
its result for the host to close its input (`runner._Watch._pace`): the kernel's
count is read while the child waits, so a host that reads late changes nothing.
Every timed result must still be right. The verdict compares the medians.
"""

from __future__ import annotations

import json
import statistics
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.grading import codec
from mldojo.grading.casekit import Case
from mldojo.grading.cgroups import cgroup_support
from mldojo.grading.checks import Checks, load_module
from mldojo.grading.error_advice import with_advice
from mldojo.grading.flavours import flavour_of
from mldojo.grading.runner import ChildOutcome, Runner
from mldojo.grading.verdict import CaseResult

TIMING_CASE = "the timing input"
# A run's CPU time is counted at the kernel's ticks and switches: below this it may
# read as nothing, so a verdict shows a bound rather than a ratio of near-zeros.
TOO_QUICK_S = 0.0005


def timing_case(exercise: Exercise, seed: int) -> Case:
    import numpy as np

    make = getattr(load_module(exercise), "timing", None)
    if make is None:
        raise ContentError(
            f"{exercise.cases_path}: defines no timing(rng) function; add one "
            "that returns the Case both versions are timed on."
        )
    case = make(np.random.default_rng(seed + 1))
    if not isinstance(case, Case):
        raise ContentError(f"{exercise.cases_path}: timing(rng) must return a Case.")
    return Case(
        TIMING_CASE,
        args=case.args,
        kwargs=case.kwargs,
        rtol=case.rtol,
        atol=case.atol,
        check_dtype=case.check_dtype,
    )


def timed_input(case: Case) -> bytes:
    """The timing case's input as a timed run reads it: one JSON line."""
    return json.dumps(
        {"args": codec.encode(list(case.args)), "kwargs": codec.encode(dict(case.kwargs))}
    ).encode()


def timed_run(
    exercise: Exercise, source: str, filename: str, line: bytes, runner: Runner
) -> ChildOutcome:
    """One timed run of `source` on the input `line` (`timed_input`)."""
    spec = exercise.meta.speed
    assert spec is not None
    request = {
        "filename": filename,
        "source": source,
        "mode": "timed",
        "entry": exercise.meta.entry,
        "number": spec.number,
    }
    return runner.run(
        request, exercise.meta.limits, timed_input=line, flavour=flavour_of(exercise, request)
    )


def _seconds(outcome: ChildOutcome) -> float | None:
    return outcome.timed_cpu_s if outcome.timed_cpu_s is not None else outcome.timed_wall_s


def judge_speed(
    exercise: Exercise,
    checks: Checks,
    case: Case,
    expected: Any,
    source: str,
    filename: str,
    runner: Runner,
) -> CaseResult:
    """Time the learner's version against slow.py, taking turns."""
    spec = exercise.meta.speed
    assert spec is not None
    name = f"at least {spec.factor:g}× faster than the slow version"
    slow_source = (exercise.path / "slow.py").read_text(encoding="utf-8")
    line = timed_input(case)
    mine: list[float] = []
    slow: list[float] = []
    for _ in range(spec.repeats):
        for who, code, times in (
            ("your version", source, mine),
            ("the slow version", slow_source, slow),
        ):
            outcome = timed_run(exercise, code, filename, line, runner)
            problem = _timed_problem(checks, case, expected, outcome)
            if problem:
                return CaseResult(name, False, f"{who}, when timed: {problem}")
            seconds = _seconds(outcome)
            if seconds is None:
                return CaseResult(name, False, f"{who} could not be timed")
            times.append(seconds)
    mine_s, slow_s = statistics.median(mine), statistics.median(slow)
    ratio = slow_s / max(mine_s, 1e-6)
    detail = timing_words(mine_s, slow_s, spec.repeats)
    if ratio >= spec.factor:
        return CaseResult(name, True, detail)
    # cases.py may say where the time goes in its own words (TOO_SLOW).
    advice = getattr(load_module(exercise), "TOO_SLOW", None) or (
        "look for the Python-level loop that NumPy can do in one call"
    )
    return CaseResult(name, False, f"{detail}, {spec.factor:g}× needed: {advice}")


def timing_words(mine_s: float, slow_s: float, repeats: int) -> str:
    """The two medians and how many times faster, in words."""
    clock = "CPU time" if cgroup_support().cpu else "time"
    if mine_s > slow_s > 0:  # "0.0× faster" says nothing: say how much slower
        yours, times = f"median {mine_s * 1000:.1f} ms", f"{mine_s / slow_s:.1f}× slower"
    elif mine_s >= TOO_QUICK_S:
        yours, times = f"median {mine_s * 1000:.1f} ms", f"{slow_s / mine_s:.1f}× faster"
    else:  # the kernel may not have counted so short a run yet: say only what is known
        yours = f"median under {TOO_QUICK_S * 1000:g} ms, too quick to time exactly,"
        times = f"over {slow_s / TOO_QUICK_S:.0f}× faster"
    return (
        f"yours: {yours} of {clock} over {repeats} runs; the slow version: "
        f"{slow_s * 1000:.1f} ms; {times}"
    )


def _timed_problem(checks: Checks, case: Case, expected: Any, outcome: ChildOutcome) -> str | None:
    result = outcome.result
    if outcome.timed_out:
        return "it ran past the time limit"
    if (
        not isinstance(result, dict)
        or not isinstance(result.get("results"), list)
        or len(result["results"]) != 1
    ):
        return "it did not report a result"
    got = result["results"][0]
    if not isinstance(got, dict) or not got.get("ok"):
        error = got.get("error", {}) if isinstance(got, dict) else {}
        raised = f"it raised {error.get('type', 'an error')}: {error.get('message', '')}"
        return with_advice(raised, error)
    try:
        value = codec.decode(got["value"])
    except (codec.CodecError, KeyError, TypeError, ValueError):
        return "it returned a malformed value"
    problem = checks.compare(case, expected, value)
    return f"its result is wrong ({problem})" if problem else None
