"""Checking an exercise and recording the attempt, so that no attempt is ever lost.

The attempt is written as `running` while the learner's code runs and finished
before the verdict is shown. Ctrl-C marks it `interrupted`; a killed process leaves it
`running`, and the next start marks it `interrupted` (`reconcile_interrupted`).
"""

from __future__ import annotations

import os
import socket
import time
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, ScalarSelect, bindparam, func, insert, select, update

from mldojo.catalog.exercise import Exercise
from mldojo.errors import StoreError
from mldojo.grading.service import Grader
from mldojo.grading.verdict import Status, Verdict
from mldojo.interrupts import guarded, raise_if_stopped
from mldojo.learning.results import CheckResult
from mldojo.processes import alive
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, HintView, SolutionView, utcnow

RUNNING = "running"


class Begun(NamedTuple):
    id: int
    after_hint: bool
    after_solution: bool
    number: int  # 1 for the learner's first attempt at the exercise


def _views(model: type[HintView] | type[SolutionView] | type[Attempt]) -> ScalarSelect[int]:
    """How many times the learner viewed this exercise's hints or its solution, or
    checked it."""
    return (
        select(func.count())
        .select_from(model)
        .where(model.learner_id == bindparam("learner"), model.exercise_id == bindparam("exercise"))
        .scalar_subquery()
    )


# Built once: a check is recorded in two short transactions of prepared statements.
VIEWS = select(_views(HintView), _views(SolutionView), _views(Attempt))
INSERT_ATTEMPT = insert(Attempt)
FINISH_ATTEMPT = update(Attempt).where(Attempt.id == bindparam("attempt_id"))


def begin_attempt(store: Store, *, learner: str, exercise: Exercise, source: str) -> Begun:
    def add(connection: Connection) -> Begun:
        hints, solutions, attempts = connection.execute(
            VIEWS, {"learner": learner, "exercise": exercise.id}
        ).one()
        after_hint, after_solution = hints > 0, solutions > 0
        row = dict(
            learner_id=learner,
            exercise_id=exercise.id,
            exercise_version=exercise.version,
            status=RUNNING,
            source=source,
            hints_seen=hints,
            after_hint=after_hint,
            after_solution=after_solution,
            host=socket.gethostname(),
            pid=os.getpid(),
        )
        key: Any = connection.execute(INSERT_ATTEMPT, row).inserted_primary_key
        return Begun(int(key[0]), after_hint, after_solution, attempts + 1)

    return store.write_rows(add)


def finish_attempt(store: Store, attempt_id: int, verdict: Verdict) -> None:
    row = dict(
        attempt_id=attempt_id,
        status=verdict.status.value,
        passed=verdict.passed,
        cases=[c.to_json() for c in verdict.cases],
        figures=list(verdict.figures) or None,
        duration_ms=verdict.duration_ms,
        seed=verdict.seed,
        output=verdict.output,
        finished_at=utcnow(),
    )

    def save(connection: Connection) -> None:
        if connection.execute(FINISH_ATTEMPT, row).rowcount == 0:
            raise StoreError(
                f"Attempt {attempt_id} is no longer in the database (was its learner "
                "removed while it was graded?), so its verdict could not be recorded: "
                "check again."
            )

    store.write_rows(save)


def mark_interrupted(store: Store, attempt_id: int) -> None:
    store.write(
        lambda session: session.execute(
            update(Attempt)
            .where(Attempt.id == attempt_id, Attempt.status == RUNNING)
            .values(status=Status.INTERRUPTED.value, passed=False, finished_at=utcnow())
        )
    )


def reconcile_interrupted(store: Store) -> int:
    """Attempts left `running` by a process of this host that is gone were interrupted."""
    host = socket.gethostname()
    with store.session() as session:
        stale = [
            a.id
            for a in session.scalars(
                select(Attempt).where(Attempt.status == RUNNING, Attempt.host == host)
            )
            if a.pid is None or not alive(a.pid)
        ]
    for attempt_id in stale:
        mark_interrupted(store, attempt_id)
    return len(stale)


def interrupt_unfinished(
    store: Store, *, learner: str, exercise_id: str, since: datetime, wait_s: float = 10.0
) -> list[int]:
    """The attempts at this exercise begun at or after `since` that never finished, each
    now marked interrupted: what a grader that went away in the middle of a check left.

    One still `running` counts once its process has gone (a grader that is exiting
    gets `wait_s` for that); one whose process lives on is another window's check.
    """
    host = socket.gethostname()
    with store.session() as session:
        rows = session.execute(
            select(Attempt.id, Attempt.status, Attempt.pid).where(
                Attempt.learner_id == learner,
                Attempt.exercise_id == exercise_id,
                Attempt.started_at >= since,
                Attempt.host == host,
                Attempt.status.in_((RUNNING, Status.INTERRUPTED.value)),
            )
        ).all()
    deadline = time.monotonic() + wait_s
    found = []
    for attempt_id, status, pid in rows:
        while status == RUNNING and pid is not None and alive(pid):
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if status != RUNNING or pid is None or not alive(pid):
            mark_interrupted(store, attempt_id)
            found.append(attempt_id)
    return found


def check_exercise(
    store: Store,
    grader: Grader,
    *,
    learner: str,
    exercise: Exercise,
    source: str,
    filename: str | None = None,
) -> CheckResult:
    """Grade `source` (from the learner's file `filename`, which messages name) and
    record the attempt; the record is complete before this returns.

    The attempt is written as `running` while the learner's code runs (the grader calls
    `begin` then), so that writing it adds nothing to the learner's wait."""
    begun: list[Begun] = []

    def begin() -> None:
        begun.append(begin_attempt(store, learner=learner, exercise=exercise, source=source))

    with guarded():
        try:
            verdict = grader.grade(exercise, source, meanwhile=begin, filename=filename)
            raise_if_stopped()
        except BaseException:
            if begun:
                mark_interrupted(store, begun[0].id)
            raise
    finish_attempt(store, begun[0].id, verdict)
    first = begun[0]
    return CheckResult(verdict, first.id, first.after_hint, first.after_solution, first.number)


def last_check(store: Store, *, learner: str, exercise_id: str) -> tuple[int, str, datetime] | None:
    """The learner's newest attempt at this exercise: its number (1 for the first), its
    code and when it began; None before any."""
    where = (Attempt.learner_id == learner, Attempt.exercise_id == exercise_id)
    with store.session() as session:
        count = session.scalar(select(func.count()).select_from(Attempt).where(*where)) or 0
        row = session.execute(
            select(Attempt.source, Attempt.started_at).where(*where).order_by(Attempt.id.desc())
        ).first()
    if row is None:
        return None
    return count, row.source, row.started_at


def attempt_source(store: Store, *, learner: str, exercise_id: str, attempt_id: int) -> str | None:
    """The code of one of the learner's attempts at this exercise, exactly as it was
    checked; None when the id is not one of them."""
    if not 0 < attempt_id < 2**63:  # no database can hold it (SQLite cannot even bind it)
        return None
    with store.session() as session:
        source: str | None = session.scalar(
            select(Attempt.source).where(
                Attempt.id == attempt_id,
                Attempt.learner_id == learner,
                Attempt.exercise_id == exercise_id,
            )
        )
    return source


def attempts_for(store: Store, *, learner: str, exercise_id: str) -> list[Attempt]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Attempt)
                .where(Attempt.learner_id == learner, Attempt.exercise_id == exercise_id)
                .order_by(Attempt.id)
            )
        )
