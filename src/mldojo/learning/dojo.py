"""The learner's context and what a learner can do with it.

`Dojo` holds the settings, catalog, store and grader, each opened on first use.
The functions below are the one call each interface makes per action: the CLI
and the web app share them, so neither holds logic of its own.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mldojo.catalog.catalog import Catalog, find_exercise, load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import AREAS
from mldojo.errors import ContentError, SubmissionError, UnknownAttempt, UsageError
from mldojo.grading.client import ProcessGrader
from mldojo.grading.service import Grader
from mldojo.grading.submission import check_source, read_submission
from mldojo.learning.attempts import (
    attempt_source,
    check_exercise,
    last_check,
    reconcile_interrupted,
)
from mldojo.learning.browse import Filters, Listing, check_filters, narrow
from mldojo.learning.drafts import draft_saved_at, load_draft
from mldojo.learning.drafts import save_draft as store_draft
from mldojo.learning.hints import HintShown, SolutionShown, next_hint, view_solution
from mldojo.learning.machine import Machine
from mldojo.learning.progress import (
    AreaProgress,
    ExerciseProgress,
    ExerciseStatus,
    Suggestion,
    area_progress,
    exercise_progress,
    next_after,
    status_of,
)
from mldojo.learning.results import CheckResult
from mldojo.learning.workbench import (
    HISTORY_LIMIT,
    Workbench,
    open_workbench,
    refuse_unanswered,
)
from mldojo.learning.workspace import Started, keep_beside, start_exercise, workspace_file
from mldojo.settings import Settings
from mldojo.store.engine import Store
from mldojo.store.models import Learner
from mldojo.store.schema import open_store

log = logging.getLogger("mldojo.catalog")

if TYPE_CHECKING:
    from datetime import datetime

    from mldojo.grading.mutation import MutationRun
    from mldojo.grading.validate import Report
    from mldojo.learning.agenda import ReviewItem, ReviewStart
    from mldojo.learning.journal import Note, Streak
    from mldojo.learning.recommend import Recommendation
    from mldojo.learning.report import AreaScore, ReadinessReport
    from mldojo.learning.standing import CatalogModel, Standing


@dataclass
class Dojo:
    settings: Settings
    # A long-lived process (the local grader, the web app) makes a Dojo per request
    # and shares one open store and one warm grader between them; it closes those.
    shared_store: InitVar[Store | None] = None
    shared_grader: InitVar[Grader | None] = None

    def __post_init__(self, shared_store: Store | None, shared_grader: Grader | None) -> None:
        self._owns_store = shared_store is None
        if shared_store is not None:
            self.__dict__["store"] = shared_store
        if shared_grader is not None:
            self.__dict__["grader"] = shared_grader

    @cached_property
    def catalog(self) -> Catalog:
        """Every exercise. A broken one in a pack (an instructor's work in progress) is
        left out with a notice, rather than locking the learner out of all the others;
        the bundled ones must all load."""
        root = self.settings.content_root
        catalog = load_catalog(content_root=root, packs=self.settings.packs, collect_problems=True)
        for problem in catalog.problems:
            if problem.path.is_relative_to(root) and not any(
                problem.path.is_relative_to(pack) for pack in self.settings.packs
            ):
                raise ContentError(problem.message)
        for problem in catalog.problems:
            log.warning(
                "%s The exercise '%s' is left out until that is fixed (`mldojo validate "
                "%s` lists what is wrong).",
                problem.message,
                problem.exercise,
                problem.path,
            )
        return catalog

    @cached_property
    def store(self) -> Store:
        self.settings.ensure_home()
        store = open_store(self.settings.db_url)
        ensure_learner(store, self.settings.learner)
        reconcile_interrupted(store)
        return store

    def exercise(self, exercise_id: str) -> Exercise:
        """One exercise: from its folder alone when the catalog is not loaded yet."""
        if "catalog" not in self.__dict__:
            found = find_exercise(
                exercise_id, content_root=self.settings.content_root, packs=self.settings.packs
            )
            if found is not None:
                return found
        return self.catalog.get(exercise_id)

    @cached_property
    def catalog_model(self) -> CatalogModel:
        """The learner model's view of the catalog, built once per Dojo."""
        from mldojo.learning.standing import CatalogModel

        return CatalogModel.build(self.catalog)

    @cached_property
    def grader(self) -> Grader:
        if self.settings.grader == "process":
            return ProcessGrader(self.settings)
        from mldojo.grading.local import LocalGrader  # imports the judge and NumPy

        return LocalGrader(cache_dir=self.settings.cache_dir)

    @cached_property
    def machine(self) -> Machine:
        """What this machine can run (a CUDA GPU or not), probed without touching CUDA."""
        return Machine.probe(cuda_mode=self.settings.cuda)

    @property
    def learner(self) -> str:
        return self.settings.learner

    def close(self) -> None:
        if "store" in self.__dict__ and self._owns_store:
            self.store.dispose()


def ensure_learner(store: Store, learner_id: str) -> None:
    def add(session: Session) -> None:
        if session.get(Learner, learner_id) is None:
            session.add(Learner(id=learner_id, display_name=learner_id))

    store.write(add)


# --- what a learner can do: one method each, shared by the CLI and the web app ---


@dataclass(frozen=True)
class Home:
    areas: list[AreaProgress]
    suggestions: list[Suggestion]
    attempts: int
    passed: int
    total: int
    mastery: list[AreaScore] = field(default_factory=list)  # the learner model's scores
    streak: Streak | None = None
    reviews_due: int = 0
    reviews: list[ReviewItem] = field(default_factory=list)  # the due ones, with exercises


def start(
    dojo: Dojo, exercise_id: str, *, fresh: bool = False, unsaved: str | None = None
) -> Started:
    """The learner's file for the exercise, written unless it exists. `fresh`: the
    starter, in the file and as the draft (so the browser starts from it too); the file
    that was there, the draft and `unsaved` code (the browser's editor) are kept beside
    it, each that is not the starter or already kept."""
    exercise = dojo.catalog.get(exercise_id)
    dojo.machine.ensure(exercise)
    draft = load_draft(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    if fresh:
        keep = [text for text in (draft, unsaved) if text is not None]
        started = start_exercise(dojo.settings.workspace, exercise, fresh=True, keep=keep)
        if keep:
            save_draft(dojo, exercise.id, exercise.starter())
        return started
    last = last_check(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    saved = draft_saved_at(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    # A file that is gone after checks comes back as the code last checked, unless a
    # draft was saved after that check.
    restore = last[:2] if last is not None and (saved is None or saved <= last[2]) else None
    return start_exercise(dojo.settings.workspace, exercise, draft=draft, last_check=restore)


def submission_path(dojo: Dojo, exercise_id: str, file: Path | None) -> Path:
    if file is not None:
        return file
    exercise = dojo.exercise(exercise_id)
    path = workspace_file(dojo.settings.workspace, exercise)
    if path.is_symlink() and not path.exists():
        raise SubmissionError(
            f"Your file for '{exercise_id}' ('{path}') is a symbolic link to "
            f"'{os.readlink(path)}', which does not exist: point the link at your code, "
            f"or remove it and run `mldojo start {exercise_id}`, or pass --file PATH."
        )
    if not path.exists():
        if last_check(dojo.store, learner=dojo.learner, exercise_id=exercise_id) is not None:
            raise SubmissionError(
                f"There is no file for '{exercise_id}' at '{path}'; your checks of it are "
                f"kept: `mldojo start {exercise_id}` writes the code of your last check "
                "there, or pass --file PATH."
            )
        raise SubmissionError(
            f"You have not started '{exercise_id}' yet (no file at '{path}'): run "
            f"`mldojo start {exercise_id}` first, or pass --file PATH."
        )
    return path


def check(
    dojo: Dojo, exercise_id: str, *, file: Path | None = None, source: str | None = None
) -> CheckResult:
    """Grade the workspace file, `file`, or `source`, and record the attempt."""
    exercise = dojo.exercise(exercise_id)
    if exercise.meta.requires:  # most need nothing: no need to look at the hardware
        dojo.machine.ensure(exercise)
    from_file = source is None
    if source is None:
        source = read_submission(submission_path(dojo, exercise_id, file))
    else:
        source = check_source(source, exercise_id)
    refuse_unanswered(exercise, source, from_file=from_file)
    return check_exercise(
        dojo.store,
        dojo.grader,
        learner=dojo.learner,
        exercise=exercise,
        source=source,
        filename=file.name if file is not None else None,
    )


def attempt_code(dojo: Dojo, exercise_id: str, attempt_id: int) -> str:
    """The code of one of the learner's attempts at this exercise, as it was checked."""
    exercise = dojo.catalog.get(exercise_id)
    source = attempt_source(
        dojo.store, learner=dojo.learner, exercise_id=exercise.id, attempt_id=attempt_id
    )
    if source is None:
        raise UnknownAttempt(
            f"There is no attempt {attempt_id} of yours at '{exercise.id}': the exercise "
            "page's history lists the attempts kept."
        )
    return source


def put_back(
    dojo: Dojo, exercise_id: str, attempt_id: int, *, unsaved: str | None = None
) -> tuple[str, tuple[Path, ...]]:
    """An attempt's code made the draft, as the page's "Put this code back" does: the
    draft and `unsaved` code (the editor's) that differ from it are first kept beside
    the workspace file, since a page without scripts has no undo. The code, and where
    the rest was kept."""
    exercise = dojo.catalog.get(exercise_id)
    source = attempt_code(dojo, exercise.id, attempt_id)
    draft = load_draft(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    others = [text for text in (draft, unsaved) if text is not None and text != source]
    kept = keep_beside(dojo.settings.workspace, exercise, others)
    save_draft(dojo, exercise.id, source)
    return source, kept


def unavailable(dojo: Dojo, exercise: Exercise) -> str | None:
    """Why this machine cannot run the exercise (it needs a CUDA GPU), or None."""
    return dojo.machine.missing(exercise)


def runnable(dojo: Dojo, exercise: Exercise) -> bool:
    return dojo.machine.missing(exercise) is None


def hint(dojo: Dojo, exercise_id: str) -> HintShown:
    exercise = dojo.catalog.get(exercise_id)
    return next_hint(dojo.store, learner=dojo.learner, exercise=exercise)


def solution(dojo: Dojo, exercise_id: str) -> SolutionShown:
    exercise = dojo.catalog.get(exercise_id)
    return view_solution(dojo.store, learner=dojo.learner, exercise=exercise)


def progress(dojo: Dojo) -> dict[str, ExerciseProgress]:
    return exercise_progress(dojo.store, learner=dojo.learner)


def home(dojo: Dojo, *, now: datetime | None = None) -> Home:
    """The home screen: mastery per area with its interval, the streak, the reviews
    due, and the next steps from the learner model."""
    from mldojo.learning.journal import streak
    from mldojo.learning.report import area_scores

    done = progress(dojo)
    areas = area_progress(dojo.catalog, done)
    found = standing(dojo, now=now)
    return Home(
        areas=areas,
        suggestions=[
            Suggestion(dojo.catalog.get(r.exercise.id), r.reason)
            for r in found.recommend(limit=3, skip=_unrunnable(dojo))
        ],
        attempts=sum(p.attempts for p in done.values()),
        passed=sum(a.passed for a in areas),
        total=len(dojo.catalog.exercises),
        mastery=area_scores(found),
        streak=streak(dojo.store, learner=dojo.learner, now=found.now),
        reviews_due=len(found.due),
        reviews=_agenda(dojo, found),
    )


# --- the learner model: standing, next steps, review, journal, report ---


def standing(dojo: Dojo, *, now: datetime | None = None) -> Standing:
    """Where the learner stands at `now` (default: now); review cards are synced."""
    from mldojo.learning.standing import load_standing

    return load_standing(
        dojo.store, dojo.catalog, learner=dojo.learner, now=now, shared=dojo.catalog_model
    )


def _unrunnable(dojo: Dojo) -> set[str]:
    return {e.id for e in dojo.catalog.exercises.values() if not runnable(dojo, e)}


def next_steps(dojo: Dojo, *, limit: int = 3, now: datetime | None = None) -> list[Recommendation]:
    """The exercises that teach most now, each with its reason."""
    if limit < 1:
        raise UsageError(f"The limit {limit} is not a positive number: pass 1 or more.")
    return standing(dojo, now=now).recommend(limit=limit, skip=_unrunnable(dojo))


def review_agenda(dojo: Dojo, *, now: datetime | None = None) -> list[ReviewItem]:
    """The skills due for review, most overdue first, each with a fresh exercise."""
    return _agenda(dojo, standing(dojo, now=now))


def _agenda(dojo: Dojo, found: Standing) -> list[ReviewItem]:
    """The review agenda of `found`, with exercises this machine can run."""
    from mldojo.learning.agenda import agenda

    return agenda(found, runnable=lambda i: runnable(dojo, dojo.catalog.get(i)))


def start_review(
    dojo: Dojo, *, now: datetime | None = None
) -> tuple[list[ReviewItem], ReviewStart | None]:
    """The agenda, and the first due skill's exercise written where it can be worked on."""
    from datetime import UTC
    from datetime import datetime as clock

    from mldojo.learning.agenda import start_review as start_item

    items = review_agenda(dojo, now=now)
    if not items:
        return items, None
    first = items[0]
    exercise = dojo.catalog.get(first.exercise.id)
    draft = load_draft(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    begun = start_item(
        first,
        exercise,
        workspace=dojo.settings.workspace,
        when=(now or clock.now(UTC)).astimezone(),
        draft=draft,
    )
    return items, begun


def journal_add(dojo: Dojo, text: str) -> Note:
    from mldojo.learning.journal import add_entry

    return add_entry(dojo.store, learner=dojo.learner, text=text)


def journal_list(dojo: Dojo, *, limit: int | None = None) -> list[Note]:
    from mldojo.learning.journal import entries

    return entries(dojo.store, learner=dojo.learner, limit=limit)


def readiness_report(dojo: Dojo, *, now: datetime | None = None) -> ReadinessReport:
    """The seven areas with their scores, intervals and evidence, the strongest and
    weakest skills, what to do next and a plan for the week."""
    from mldojo.learning.journal import streak
    from mldojo.learning.report import build_report

    found = standing(dojo, now=now)
    return build_report(
        found,
        learner=dojo.learner,
        streak=streak(dojo.store, learner=dojo.learner, now=found.now),
        skip=_unrunnable(dojo),
    )


def check_report_targets(html: Path | None, pdf: Path | None) -> None:
    """Refuse, before any work, report paths that would lose a file."""
    from mldojo.learning import export

    export.check_report_targets(html, pdf)


def write_report(
    report: ReadinessReport, *, html: Path | None = None, pdf: Path | None = None
) -> list[Path]:
    """Write the report as a self-contained HTML page and/or a PDF."""
    from mldojo.learning.export import write_html, write_pdf

    written = []
    if html is not None:
        written.append(write_html(report, html))
    if pdf is not None:
        written.append(write_pdf(report, pdf))
    return written


def report_pdf_bytes(report: ReadinessReport) -> bytes:
    """The report as a PDF in memory, for a download that leaves no file behind."""
    from mldojo.learning.export import pdf_bytes

    return pdf_bytes(report)


def catalog_listing(
    dojo: Dojo, *, area: str | None = None, kind: str | None = None
) -> list[tuple[Exercise, ExerciseStatus]]:
    """The catalog in teaching order with the learner's status on each exercise."""
    check_filters(dojo.catalog, Filters(area=area, kind=kind))
    done = progress(dojo)
    return [(e, status_of(done, e.id)) for e in dojo.catalog.ordered(area=area, kind=kind)]


def browse(dojo: Dojo, filters: Filters) -> Listing:
    """An area's or a skill's exercises with the learner's status on each, and those
    of them that the kind, status and text query keep (the progress is read once)."""
    check_filters(dojo.catalog, filters)
    rows = catalog_listing(dojo, area=filters.area)
    if filters.skill is not None:
        rows = narrow(dojo.catalog, rows, Filters(skill=filters.skill))
    return Listing(rows, narrow(dojo.catalog, rows, filters))


def next_exercise(dojo: Dojo, exercise_id: str) -> Exercise | None:
    """The first exercise after this one, in teaching order, not yet passed and runnable
    on this machine (None when every one is passed)."""
    return next_after(
        dojo.catalog, progress(dojo), exercise_id, runnable=lambda e: runnable(dojo, e)
    )


def workbench(dojo: Dojo, exercise_id: str, *, all_attempts: bool = False) -> Workbench:
    """One exercise as the learner works on it: the code to edit (draft, workspace file
    or starter), the hints seen, the attempts (the newest, or `all_attempts`), and what
    comes after it."""
    exercise = dojo.catalog.get(exercise_id)
    following = next_exercise(dojo, exercise.id)
    return open_workbench(
        dojo.store,
        learner=dojo.learner,
        exercise=exercise,
        workspace=dojo.settings.workspace,
        unavailable=unavailable(dojo, exercise),
        next_exercise=following,
        history_limit=None if all_attempts else HISTORY_LIMIT,
    )


def activity(dojo: Dojo) -> tuple[object, ...]:
    """A mark that changes whenever the learner's record does (see `learning.activity`)."""
    from mldojo.learning.activity import activity_mark

    return activity_mark(dojo.store, learner=dojo.learner)


def workbench_version(dojo: Dojo, exercise_id: str) -> tuple[object, ...]:
    """Equal values mean an unchanged `workbench` (a cheap check, for caching it)."""
    from mldojo.learning.workbench import workbench_mark

    return workbench_mark(
        dojo.store,
        learner=dojo.learner,
        exercise=dojo.catalog.get(exercise_id),
        workspace=dojo.settings.workspace,
    )


def save_draft(
    dojo: Dojo, exercise_id: str, source: str, *, unless_saved_since: datetime | None = None
) -> None:
    """Keep the learner's unsubmitted code in the store (a reload or restart loses
    nothing); with `unless_saved_since`, not over a draft saved after that time."""
    exercise = dojo.catalog.get(exercise_id)
    store_draft(
        dojo.store,
        learner=dojo.learner,
        exercise_id=exercise.id,
        source=source,
        unless_saved_since=unless_saved_since,
    )


def validate(
    dojo: Dojo,
    paths: list[Path],
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[Report], None] | None = None,
    *,
    mutants: MutationRun | None = None,
) -> list[Report]:
    """Validate the exercises under `paths` (all when empty); a path outside the
    catalog is loaded as (a part of) a pack. Malformed exercises are reported, not
    raised; those this machine cannot run (no CUDA GPU) are checked without running and
    reported as skipped. With `mutants`, each valid exercise also gets its mutation score."""
    from mldojo.grading.validate import (
        Report,
        select,
        validate_exercises,
        validate_with_mutants,
    )

    settings = dojo.settings
    paths = [p.expanduser().absolute() for p in paths]
    for path in paths:
        if not path.is_dir():
            raise UsageError(_not_a_folder(dojo, path))
    roots = [settings.content_root, *settings.packs]
    new_packs = tuple(
        dict.fromkeys(_pack_root(p) for p in paths if not any(_under(p, root) for root in roots))
    )
    catalog = load_catalog(
        content_root=settings.content_root, packs=settings.packs + new_packs, collect_problems=True
    )
    chosen = select(catalog, paths)
    reports = [
        Report(p.exercise, p.path, p.problems or (p.message,))
        for p in catalog.problems
        if not paths or any(_under(p.path, root) for root in paths)
    ]
    if on_start:
        on_start(len(chosen))
    skip = {e.id: why for e in chosen if (why := unavailable(dojo, e))}
    if mutants is None:
        reports += validate_exercises(chosen, on_done=on_done, skip=skip)
    else:
        reports += validate_with_mutants(chosen, run=mutants, on_done=on_done, skip=skip)
    return sorted(reports, key=lambda r: r.exercise)


def _not_a_folder(dojo: Dojo, path: Path) -> str:
    what = "a file" if path.exists() else "nothing"
    said = f"There is {what} at '{path}': validate takes exercise folders or pack folders."
    named = find_exercise(
        path.name, content_root=dojo.settings.content_root, packs=dojo.settings.packs
    )
    if named is not None:  # an id given for a folder
        said += f" The exercise '{named.id}' is in '{named.path}'."
    return said


def _pack_root(path: Path) -> Path:
    """The pack a folder is in: itself when it holds an area's folder or a skills.toml;
    else the nearest folder above it that holds an area's folder on the way down to it
    (`pack` for pack/python/topic/name); else the folder itself."""
    if (path / "skills.toml").is_file() or any((path / area).is_dir() for area in AREAS):
        return path
    for above in path.parents:
        if path.relative_to(above).parts[0] in AREAS:
            return above
    return path


def _under(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())
