"""The CLI's side of a check recorded by the local grader process (`learning.service`).

Imports nothing heavy: no database, no catalog, no grading machinery.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mldojo.errors import MldojoError
from mldojo.grading.client import GraderUnreachable, ask, error_from, stop
from mldojo.learning.results import CheckResult
from mldojo.settings import Settings

# Long enough for the slowest exercise a grader may queue (speed runs take turns);
# a grader that says nothing for this long is given up on and the check runs here.
ANSWER_WAIT_S = 600.0


class GraderStopped(MldojoError):
    """The grader went away after it had begun recording the check (`mldojo grader stop`
    or a crash): the attempt stays recorded as interrupted, and is not graded twice."""

    exit_code = 130


def check_in_grader(settings: Settings, exercise_id: str, file: Path | None) -> CheckResult | None:
    """Check and record in the local grader (started if needed); None when no grader
    can be reached, so that the caller checks in its own process instead."""
    refuse_unknown(settings, exercise_id)
    sent_at = datetime.now(UTC)
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
    except ValueError:  # it went away during the check: the next check starts a new one
        refuse_if_recorded(settings, exercise_id, sent_at)
        return None  # it went before recording anything: the caller checks here
    if not answer.get("ok"):
        raise error_from(answer.get("error") or {})
    return CheckResult.from_json(answer["result"])


def refuse_unknown(settings: Settings, exercise_id: str) -> None:
    """Refuse an id that names no exercise before any grader is started for it.

    Whether the id's folder exists is all a known id costs (as `find_exercise` looks);
    only an unknown one loads the catalog, for the closest ids to suggest.
    """
    parts = exercise_id.split(".")
    roots = (settings.content_root, *settings.packs)
    if all(part.isidentifier() for part in parts) and any(
        (root.joinpath(*parts) / "exercise.toml").is_file() for root in roots
    ):
        return
    from mldojo.catalog.catalog import load_catalog

    load_catalog(content_root=settings.content_root, packs=settings.packs).get(exercise_id)


def refuse_if_recorded(settings: Settings, exercise_id: str, since: datetime) -> None:
    """After the grader went away mid-check: if it had begun recording the attempt, that
    attempt is the check's one record (marked interrupted), so it is not graded again."""
    from mldojo.learning.attempts import interrupt_unfinished
    from mldojo.learning.dojo import Dojo

    dojo = Dojo(settings)
    try:
        found = interrupt_unfinished(
            dojo.store, learner=settings.learner, exercise_id=exercise_id, since=since
        )
    finally:
        dojo.close()
    if found:
        raise GraderStopped(
            f"The grader stopped during the check of '{exercise_id}' (`mldojo grader stop`, "
            "or it failed), so this attempt is recorded as interrupted: run "
            f"`mldojo check {exercise_id}` again."
        )
