"""Checking an exercise and recording the attempt, so that no attempt is ever lost.

The attempt is written as `running` before grading starts and finished before
the verdict is shown. Ctrl-C marks it `interrupted`; a killed process leaves it
`running`, and the next start marks it `interrupted` (`reconcile_interrupted`).
"""

from __future__ import annotations

import os
import socket

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mldojo.catalog.exercise import Exercise
from mldojo.grading.service import Grader
from mldojo.grading.verdict import Status, Verdict
from mldojo.interrupts import guarded, raise_if_stopped
from mldojo.learning.results import CheckResult
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, HintView, SolutionView, utcnow

RUNNING = "running"


def begin_attempt(store: Store, *, learner: str, exercise: Exercise, source: str) -> int:
    def add(session: Session) -> int:
        hints = _views(session, HintView, learner, exercise.id)
        solution_seen = _views(session, SolutionView, learner, exercise.id)
        attempt = Attempt(
            learner_id=learner,
            exercise_id=exercise.id,
            exercise_version=exercise.version,
            status=RUNNING,
            source=source,
            hints_seen=hints,
            after_hint=hints > 0,
            after_solution=solution_seen > 0,
            host=socket.gethostname(),
            pid=os.getpid(),
        )
        session.add(attempt)
        session.flush()
        return attempt.id

    return store.write(add)


def _views(
    session: Session, model: type[HintView] | type[SolutionView], learner: str, exercise_id: str
) -> int:
    """How many times the learner viewed this exercise's hints, or its solution."""
    query = (
        select(func.count())
        .select_from(model)
        .where(model.learner_id == learner, model.exercise_id == exercise_id)
    )
    return session.scalar(query) or 0


def finish_attempt(store: Store, attempt_id: int, verdict: Verdict) -> Attempt:
    def save(session: Session) -> Attempt:
        attempt = session.get_one(Attempt, attempt_id)
        attempt.status = verdict.status.value
        attempt.passed = verdict.passed
        attempt.cases = [c.to_json() for c in verdict.cases]
        attempt.duration_ms = verdict.duration_ms
        attempt.seed = verdict.seed
        attempt.output = verdict.output
        attempt.finished_at = utcnow()
        return attempt

    return store.write(save)


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
            if a.pid is None or not _alive(a.pid)
        ]
    for attempt_id in stale:
        mark_interrupted(store, attempt_id)
    return len(stale)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def check_exercise(
    store: Store, grader: Grader, *, learner: str, exercise: Exercise, source: str
) -> CheckResult:
    """Grade `source` and record the attempt; the record is complete before this returns."""
    with guarded():
        attempt_id = begin_attempt(store, learner=learner, exercise=exercise, source=source)
        try:
            verdict = grader.grade(exercise, source)
            raise_if_stopped()
        except BaseException:
            mark_interrupted(store, attempt_id)
            raise
    attempt = finish_attempt(store, attempt_id, verdict)
    return CheckResult(verdict, attempt_id, attempt.after_hint, attempt.after_solution)


def attempts_for(store: Store, *, learner: str, exercise_id: str) -> list[Attempt]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Attempt)
                .where(Attempt.learner_id == learner, Attempt.exercise_id == exercise_id)
                .order_by(Attempt.id)
            )
        )
