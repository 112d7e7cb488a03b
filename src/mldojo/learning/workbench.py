"""One exercise as a learner works on it: the code to edit, hints seen, attempts so far.

The exercise page of the web app is built from a `Workbench`; the CLI reaches the
same facts through `start`, `hint` and `progress`. The code to edit is the newest of
the learner's saved draft and their workspace file (edited from the CLI), else the
starter, so switching between the terminal and the browser loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import SubmissionError, UsageError
from mldojo.grading.choice import AnswerNotFound, read_answer
from mldojo.grading.submission import read_submission
from mldojo.learning.activity import activity_mark
from mldojo.learning.attempts import last_check
from mldojo.learning.hints import SolutionShown, hints_seen
from mldojo.learning.progress import ExerciseStatus
from mldojo.learning.workspace import workspace_file
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, Draft, SolutionView

HISTORY_LIMIT = 20


class CodeFrom(StrEnum):
    DRAFT = "draft"  # saved as the learner typed (web) or by `start`
    WORKSPACE = "workspace"  # the learner's file, edited outside the browser
    LAST_CHECK = "last_check"  # neither, but checks (`check --file`): the newest one's code
    STARTER = "starter"


@dataclass(frozen=True)
class CaseLine:
    name: str
    passed: bool
    message: str


@dataclass(frozen=True)
class AttemptLine:
    """One recorded check, as the history shows it."""

    id: int
    number: int  # 1 for the learner's first attempt at this exercise
    started_at: datetime
    status: str
    passed: bool
    cases: tuple[CaseLine, ...]
    duration_ms: int | None
    after_hint: bool
    after_solution: bool
    source: str
    output: str
    figures: tuple[dict[str, Any], ...] = ()  # a plot exercise's, as its verdict held them

    @property
    def cases_passed(self) -> int:
        return sum(c.passed for c in self.cases)


@dataclass(frozen=True)
class Workbench:
    exercise: Exercise
    code: str
    code_from: CodeFrom
    status: ExerciseStatus
    hints: tuple[str, ...]  # the hints already shown, in order
    hints_total: int
    solution_seen: bool
    attempts: tuple[AttemptLine, ...]  # newest first, at most HISTORY_LIMIT unless asked
    attempt_count: int
    unavailable: str | None  # why this machine cannot run it, or None
    next_exercise: Exercise | None
    chosen: frozenset[str] = frozenset()  # a choice exercise's options in the code
    solution: SolutionShown | None = None  # once the learner has asked for it
    # Why the workspace file, newer than the code shown, could not be shown instead.
    file_problem: str | None = None

    @property
    def hints_left(self) -> int:
        return self.hints_total - len(self.hints)

    @property
    def last_attempt(self) -> AttemptLine | None:
        return self.attempts[0] if self.attempts else None


def open_workbench(
    store: Store,
    *,
    learner: str,
    exercise: Exercise,
    workspace: Path,
    unavailable: str | None = None,
    next_exercise: Exercise | None = None,
    history_limit: int | None = HISTORY_LIMIT,
) -> Workbench:
    """`history_limit`: the newest attempts to hold (None: every one)."""
    code, code_from, file_problem = code_to_edit(
        store, learner=learner, exercise=exercise, workspace=workspace
    )
    attempts, count = attempt_history(
        store, learner=learner, exercise_id=exercise.id, limit=history_limit
    )
    with store.session() as session:
        solution_seen = bool(
            session.scalar(
                select(func.count())
                .select_from(SolutionView)
                .where(SolutionView.learner_id == learner, SolutionView.exercise_id == exercise.id)
            )
        )
    passed = any(a.passed for a in attempts) or _passed_before(store, learner, exercise.id)
    status = (
        ExerciseStatus.PASSED if passed else ExerciseStatus.TRIED if count else ExerciseStatus.NEW
    )
    return Workbench(
        exercise=exercise,
        code=code,
        code_from=code_from,
        status=status,
        hints=tuple(hints_seen(store, learner=learner, exercise=exercise)),
        hints_total=len(exercise.hints),
        solution_seen=solution_seen,
        attempts=attempts,
        attempt_count=count,
        unavailable=unavailable,
        next_exercise=next_exercise,
        chosen=frozenset(chosen_options(exercise, code)),
        file_problem=file_problem,
        solution=SolutionShown(*exercise.solution_with_note()) if solution_seen else None,
    )


def workbench_mark(
    store: Store, *, learner: str, exercise: Exercise, workspace: Path
) -> tuple[object, ...]:
    """Changes whenever the exercise's workbench would: the learner's record, this
    exercise's draft, or its workspace file (see `learning.activity`)."""
    try:
        on_disk: float | None = workspace_file(workspace, exercise).stat().st_mtime
    except OSError:
        on_disk = None
    return (activity_mark(store, learner=learner, draft_of=exercise.id), on_disk)


# In a review, code checked this recently is the review's own work, shown as it is;
# older code is the answer passed before.
REVIEW_OWN_WORK = timedelta(hours=12)


def review_code(bench: Workbench, now: datetime) -> str:
    """The code a review of the exercise opens with: the starter where the code to edit
    is an earlier answer kept in the attempts (so nothing is lost once an edit saves over
    the draft), since checking it again shows nothing remembered; else that code."""
    since = now - REVIEW_OWN_WORK
    before = {a.source for a in bench.attempts if a.started_at < since}
    lately = {a.source for a in bench.attempts if a.started_at >= since}
    if bench.exercise.kind is not Kind.CHOICE and bench.code in before - lately:
        return bench.exercise.starter()
    return bench.code


def code_to_edit(
    store: Store, *, learner: str, exercise: Exercise, workspace: Path
) -> tuple[str, CodeFrom, str | None]:
    """The newest of the saved draft and the workspace file, read as a check reads it;
    when neither, the code of the last check (as `mldojo start` writes it back), else the
    starter. Third, why a newer workspace file could not be read."""
    with store.session() as session:
        draft = session.get(Draft, (learner, exercise.id))
        saved = (draft.source, draft.updated_at) if draft else None
    path = workspace_file(workspace, exercise)
    try:
        stat = path.stat()
        on_disk = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
    except OSError:
        on_disk = None
    problem = None
    if on_disk is not None and (saved is None or on_disk > saved[1]):
        try:
            return read_submission(path), CodeFrom.WORKSPACE, None
        except SubmissionError as exc:  # the draft or the starter is still good to edit
            problem = exc.message
    if saved is not None:
        return saved[0], CodeFrom.DRAFT, problem
    if on_disk is None:
        last = last_check(store, learner=learner, exercise_id=exercise.id)
        if last is not None:
            return last[1], CodeFrom.LAST_CHECK, problem
    return exercise.starter(), CodeFrom.STARTER, problem


def attempt_history(
    store: Store, *, learner: str, exercise_id: str, limit: int | None = HISTORY_LIMIT
) -> tuple[tuple[AttemptLine, ...], int]:
    """The newest `limit` attempts (newest first; None: all) and how many there are."""
    where = (Attempt.learner_id == learner, Attempt.exercise_id == exercise_id)
    with store.session() as session:
        count = session.scalar(select(func.count()).select_from(Attempt).where(*where)) or 0
        rows = list(
            session.scalars(select(Attempt).where(*where).order_by(Attempt.id.desc()).limit(limit))
        )
    lines = tuple(
        AttemptLine(
            id=row.id,
            number=count - index,
            started_at=row.started_at,
            status=row.status,
            passed=bool(row.passed),
            cases=tuple(
                CaseLine(str(c.get("name", "")), bool(c.get("passed")), str(c.get("message", "")))
                for c in row.cases or []
            ),
            duration_ms=row.duration_ms,
            after_hint=row.after_hint,
            after_solution=row.after_solution,
            source=row.source,
            output=row.output,
            figures=tuple(f for f in row.figures or () if isinstance(f, dict)),
        )
        for index, row in enumerate(rows)
    )
    return lines, count


def _passed_before(store: Store, learner: str, exercise_id: str) -> bool:
    """A pass older than the history shown still makes the exercise passed."""
    with store.session() as session:
        return bool(
            session.scalar(
                select(func.count())
                .select_from(Attempt)
                .where(
                    Attempt.learner_id == learner,
                    Attempt.exercise_id == exercise_id,
                    Attempt.passed.is_(True),
                )
            )
        )


def choice_answer(exercise: Exercise, keys: list[str]) -> str:
    """The file a choice exercise reads (`ANSWER = "AC"`), from the options chosen."""
    spec = exercise.meta.choice
    if exercise.kind is not Kind.CHOICE or spec is None:
        raise UsageError(
            f"'{exercise.id}' is a {exercise.kind.value} exercise, not a choice one: "
            "send its code as source instead."
        )
    known = [o.key for o in spec.options]
    chosen = sorted({k.strip().upper() for k in keys if k.strip()})
    unknown = [k for k in chosen if k not in known]
    if unknown:
        raise UsageError(
            f"'{exercise.id}' has no option '{unknown[0]}': choose among {', '.join(known)}."
        )
    if len(chosen) > 1 and not spec.multiple:
        raise UsageError(
            f"'{exercise.id}' takes one option, and {', '.join(chosen)} were chosen: "
            "choose exactly one."
        )
    return f'{exercise.meta.entry} = "{"".join(chosen)}"\n'


def refuse_unanswered(exercise: Exercise, source: str, *, from_file: bool = False) -> None:
    """A choice exercise checked before any option is chosen is refused, not graded: a
    stray press of Check is no wrong answer to record. A file the answer cannot be read
    from goes on to the check, whose verdict says what is wrong with it. `from_file`:
    the answer was read from the learner's file (the CLI), not sent from the page."""
    if exercise.kind is not Kind.CHOICE:
        return
    try:
        chosen = read_answer(source, exercise.meta.entry)
    except AnswerNotFound:
        return
    if not chosen:
        how = (
            f'write its letter in your file ({exercise.meta.entry} = "B")'
            if from_file
            else "choose an option"
        )
        raise UsageError(
            f"No option of '{exercise.id}' is chosen yet, so nothing was checked or "
            f"recorded: {how}, then check again."
        )


def chosen_options(exercise: Exercise, source: str) -> set[str]:
    """The options a choice exercise's code already names (none while it is unanswered)."""
    if exercise.kind is not Kind.CHOICE:
        return set()
    try:
        return read_answer(source, exercise.meta.entry)
    except AnswerNotFound:
        return set()
