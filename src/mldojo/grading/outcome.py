"""What went wrong with a run, before any value is compared: limits, crashes, forgeries.

Every kind that runs learner code judges its child's outcome here first; only a
well-formed report from a run that finished goes on to be compared.
"""

from __future__ import annotations

from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind, Limits
from mldojo.grading.error_advice import with_advice
from mldojo.grading.runner import STARTUP_ALLOWANCE_S, ChildOutcome
from mldojo.grading.verdict import CaseResult, Status

MEMORY_NEAR_LIMIT = 0.95  # a peak this close to the limit means the run was at it


# The case a check fails when the learner's file does not load or lacks its entry.
LOADS = "your file loads"


def run_failure(
    exercise: Exercise,
    outcome: ChildOutcome,
    mode: str,
    n_cases: int,
    names: list[str] | None = None,
) -> tuple[Status, list[CaseResult]] | None:
    """The verdict when the run itself failed, or None when its report can be judged;
    `names`: the cases' names, so that a limit that stopped a slow run names its case."""
    limits = exercise.meta.limits
    result = outcome.result
    where = ""
    if names and outcome.reached is not None and 0 <= outcome.reached < len(names):
        where = f' in the case "{names[outcome.reached]}"'
    if outcome.timed_out:
        waited = (
            f"stopped after {limits.time_s + STARTUP_ALLOWANCE_S:g} s of wall time (the "
            f"limit is {limits.time_s:g} s plus start-up){where}"
        )
        if exercise.kind is Kind.SYMBOLIC:  # the formula is read, not run: it is too big
            name = "runs within the time limit"
            advice = FORMULA_TOO_BIG
        elif at_memory_limit(outcome, limits):
            name = "runs within the time and memory limits"
            advice = (
                f" while at its memory limit of {limits.memory_mb} MB: look for a value "
                "that grows without bound and build smaller intermediate values"
            )
        else:
            name = "runs within the time limit"
            advice = (
                ": look for an endless loop, a blocking wait, or a step far slower than it "
                "needs to be"
            )
        return Status.TIMEOUT, [CaseResult(name, False, waited + advice)]
    if result is None:
        out_of_cpu = outcome.returncode == -24 or (
            outcome.returncode == -9 and outcome.cpu_s >= limits.time_s
        )
        reason = crash_reason(outcome, limits, where)
        if out_of_cpu and exercise.kind is Kind.SYMBOLIC:
            reason = f"stopped after {outcome.cpu_s:.0f} s of CPU time{where}{FORMULA_TOO_BIG}"
        return (
            Status.TIMEOUT if out_of_cpu else Status.CRASHED,
            [CaseResult("runs to the end", False, reason)],
        )
    if not well_formed(result, mode, n_cases):
        return Status.CRASHED, [
            CaseResult(
                "runs to the end",
                False,
                "the process reported something that is not a result; writing to file "
                "descriptors your code did not open can only make a check fail",
            )
        ]
    if "load_error" in result:
        # Raised past loading: a BaseException from a call (sys.exit), not the file.
        running = result["load_error"].get("phase") == "running"
        return Status.ERROR, [
            CaseResult(
                "runs to the end" if running else LOADS,
                False,
                describe_error(
                    result["load_error"],
                    exercise,
                    "while running your code" if running else "while loading your file",
                ),
            )
        ]
    if "missing_entry" in result:
        name = result["missing_entry"]
        return Status.ERROR, [
            CaseResult(
                LOADS,
                False,
                f"your file does not define {name}; keep the name the starter gives it",
            )
        ]
    return None


def is_error(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("type"), str)
        and isinstance(value.get("message"), str)
        and (value.get("line") is None or isinstance(value.get("line"), int))
    )


def well_formed(result: Any, mode: str, n_cases: int) -> bool:
    """The child's report has exactly the shape the driver writes; anything else is forged."""
    if not isinstance(result, dict) or len(result) != 1:
        return False
    if "load_error" in result:
        return is_error(result["load_error"])
    if "missing_entry" in result:
        return isinstance(result["missing_entry"], str)
    entries = result.get("results")
    expected = 1 if mode in ("attr", "symbolic") else n_cases
    if not isinstance(entries, list) or len(entries) != expected:
        return False
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("ok"), bool):
            return False
        if mode == "replay":
            if not isinstance(entry.get("steps"), list):
                return False
            if not entry["ok"] and not is_error(entry.get("error")):
                return False
        elif ("value" not in entry) if entry["ok"] else not is_error(entry.get("error")):
            return False
    return True


def at_memory_limit(outcome: ChildOutcome, limits: Limits) -> bool:
    """At its memory limit the kernel reclaims pages instead of killing at once, so a run
    that grows without bound can reach a time limit first; the kernel's peak for the run
    says so even where its failure count was not read."""
    return outcome.memory_exhausted or outcome.max_rss_mb >= MEMORY_NEAR_LIMIT * limits.memory_mb


# A symbolic answer is only read (SymPy builds its expression): what takes that long is
# a number worked out exactly as it is read.
FORMULA_TOO_BIG = (
    ": reading the formula took that long, so it holds a number too large to work out "
    "(such as 9**9**9**9): write the formula in the exercise's symbols, without it"
)


def crash_reason(outcome: ChildOutcome, limits: Limits, where: str = "") -> str:
    """Why the run ended without a report; `where`: the case it was running, in words."""
    code = outcome.returncode
    out_of_cpu = code == -24 or (code == -9 and outcome.cpu_s >= limits.time_s)
    if out_of_cpu and at_memory_limit(outcome, limits):
        return (
            f"stopped after {outcome.cpu_s:.0f} s of CPU time{where} while at its memory "
            f"limit of {limits.memory_mb} MB: look for a value that grows without bound "
            "and build smaller intermediate values"
        )
    if out_of_cpu:
        return (
            f"stopped after {outcome.cpu_s:.0f} s of CPU time (the limit is {limits.time_s:g} s"
            f" plus start-up){where}: look for an endless loop or a far slower step than needed"
        )
    if outcome.processes_exhausted:
        return (
            "the process was stopped after starting too many processes or threads: "
            "a check may not fork or start threads without bound"
        )
    if code == -9 or outcome.memory_exhausted:
        return (
            f"the process was killed{where}, most likely for using more than "
            f"{limits.memory_mb} MB of memory: build smaller intermediate values"
        )
    if code < 0:
        return f"the process died from signal {-code} before it reported any result"
    return (
        f"the process exited with code {code} before it reported any result: "
        "do not call exit() or os._exit() in your code"
    )


def describe_error(
    error: dict[str, Any], exercise: Exercise, when: str, advice: str | None = None
) -> str:
    """The learner's exception in words, `when` it happened, with `advice` (the exercise's
    own words for it) or else its usual meaning."""
    where = f" (line {error['line']} of {exercise.file_name})" if error.get("line") else ""
    kind = error.get("type", "Error")
    if kind == "MemoryError":
        return (
            f"ran out of memory {when}: the limit is {exercise.meta.limits.memory_mb} MB; "
            f"build smaller intermediate values{where}"
        )
    if kind == "UncheckableValue":
        return f"returned a value that cannot be checked {when}".rstrip() + f": {error['message']}"
    if kind == "SystemExit":
        code = f"sys.exit({error['message']})" if error.get("message") else "sys.exit()"
        return (
            f"called {code}{where} {when}, which ends the process and the check with it: "
            "your file is imported and its function called, so return the answer (or raise "
            "an exception) instead of exiting"
        )
    message = str(error["message"]).rstrip()  # NumPy ends some with a space
    raised = f"raised {kind}: {message}{where} {when}".rstrip()
    return f"{raised}; {advice}" if advice else with_advice(raised, error, exercise.meta.without)
