"""The CLI's side of a check recorded by the local grader process (`learning.service`).

Imports nothing heavy: no database, no catalog, no grading machinery.
"""

from __future__ import annotations

from pathlib import Path

from mldojo.grading.client import GraderUnreachable, ask, error_from, stop
from mldojo.learning.results import CheckResult
from mldojo.settings import Settings

# Long enough for the slowest exercise a grader may queue (speed runs take turns);
# a grader that says nothing for this long is given up on and the check runs here.
ANSWER_WAIT_S = 600.0


def check_in_grader(settings: Settings, exercise_id: str, file: Path | None) -> CheckResult | None:
    """Check and record in the local grader (started if needed); None when no grader
    can be reached, so that the caller checks in its own process instead."""
    request = {
        "op": "check",
        "settings": settings.to_json(),
        "exercise": exercise_id,
        "file": str(file.absolute()) if file is not None else None,
    }
    try:
        answer = ask(settings, request, timeout=ANSWER_WAIT_S, start=True, cancellable=True)
    except (GraderUnreachable, TimeoutError):
        # A grader that holds its lock but cannot be reached or does not answer would
        # keep every later check waiting: stop it, so that the next check starts anew.
        stop(settings, force=True)
        return None
    except ValueError:  # it died during the check: the next check starts a new one
        return None
    if not answer.get("ok"):
        raise error_from(answer.get("error") or {})
    return CheckResult.from_json(answer["result"])
