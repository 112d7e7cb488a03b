"""The learner's context and what a learner can do with it.

`Dojo` holds the settings, catalog, store and grader, each opened on first use.
The functions below are the one call each interface makes per action: the CLI
and the web app share them, so neither holds logic of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import InitVar, dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mldojo.catalog.catalog import Catalog, find_exercise, load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import AREAS, Kind
from mldojo.errors import SubmissionError, UsageError
from mldojo.grading.client import ProcessGrader
from mldojo.grading.service import Grader
from mldojo.grading.submission import read_submission
from mldojo.learning.attempts import check_exercise, reconcile_interrupted
from mldojo.learning.drafts import load_draft
from mldojo.learning.hints import HintShown, SolutionShown, next_hint, view_solution
from mldojo.learning.progress import (
    AreaProgress,
    ExerciseProgress,
    ExerciseStatus,
    Suggestion,
    area_progress,
    exercise_progress,
    status_of,
    suggest_next,
)
from mldojo.learning.results import CheckResult
from mldojo.learning.workspace import Started, start_exercise, workspace_file
from mldojo.settings import Settings
from mldojo.store.engine import Store
from mldojo.store.models import Learner
from mldojo.store.schema import open_store

if TYPE_CHECKING:
    from mldojo.grading.validate import Report


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
        return load_catalog(content_root=self.settings.content_root, packs=self.settings.packs)

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
    def grader(self) -> Grader:
        if self.settings.grader == "process":
            return ProcessGrader(self.settings)
        from mldojo.grading.local import LocalGrader  # imports the judge and NumPy

        return LocalGrader(cache_dir=self.settings.cache_dir)

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


def start(dojo: Dojo, exercise_id: str) -> Started:
    exercise = dojo.catalog.get(exercise_id)
    draft = load_draft(dojo.store, learner=dojo.learner, exercise_id=exercise.id)
    return start_exercise(dojo.settings.workspace, exercise, draft=draft)


def submission_path(dojo: Dojo, exercise_id: str, file: Path | None) -> Path:
    if file is not None:
        return file
    exercise = dojo.exercise(exercise_id)
    path = workspace_file(dojo.settings.workspace, exercise)
    if not path.exists():
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
    if source is None:
        source = read_submission(submission_path(dojo, exercise_id, file))
    return check_exercise(
        dojo.store, dojo.grader, learner=dojo.learner, exercise=exercise, source=source
    )


def hint(dojo: Dojo, exercise_id: str) -> HintShown:
    exercise = dojo.catalog.get(exercise_id)
    return next_hint(dojo.store, learner=dojo.learner, exercise=exercise)


def solution(dojo: Dojo, exercise_id: str) -> SolutionShown:
    exercise = dojo.catalog.get(exercise_id)
    return view_solution(dojo.store, learner=dojo.learner, exercise=exercise)


def progress(dojo: Dojo) -> dict[str, ExerciseProgress]:
    return exercise_progress(dojo.store, learner=dojo.learner)


def home(dojo: Dojo) -> Home:
    done = progress(dojo)
    areas = area_progress(dojo.catalog, done)
    return Home(
        areas=areas,
        suggestions=suggest_next(dojo.catalog, done),
        attempts=sum(p.attempts for p in done.values()),
        passed=sum(a.passed for a in areas),
        total=len(dojo.catalog.exercises),
    )


def catalog_listing(
    dojo: Dojo, *, area: str | None = None, kind: str | None = None
) -> list[tuple[Exercise, ExerciseStatus]]:
    """The catalog in teaching order with the learner's status on each exercise."""
    if area is not None and area not in AREAS:
        raise UsageError(f"There is no area '{area}': choose one of {', '.join(AREAS)}.")
    if kind is not None and kind not in {k.value for k in Kind}:
        raise UsageError(
            f"There is no kind '{kind}': choose one of {', '.join(k.value for k in Kind)}."
        )
    done = progress(dojo)
    return [(e, status_of(done, e.id)) for e in dojo.catalog.ordered(area=area, kind=kind)]


def validate(
    dojo: Dojo,
    paths: list[Path],
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[Report], None] | None = None,
) -> list[Report]:
    """Validate the exercises under `paths` (all when empty); a path outside the
    catalog is loaded as a pack. Malformed exercises are reported, not raised."""
    from mldojo.grading.validate import Report, select, validate_exercises

    settings = dojo.settings
    paths = [p.expanduser().absolute() for p in paths]
    roots = [settings.content_root, *settings.packs]
    new_packs = tuple(p for p in paths if not any(_under(p, root) for root in roots))
    catalog = load_catalog(
        content_root=settings.content_root, packs=settings.packs + new_packs, collect_problems=True
    )
    chosen = select(catalog, paths)
    reports = [
        Report(p.exercise, p.path, (p.message,))
        for p in catalog.problems
        if not paths or any(_under(p.path, root) for root in paths)
    ]
    if on_start:
        on_start(len(chosen))
    reports += validate_exercises(chosen, on_done=on_done)
    return sorted(reports, key=lambda r: r.exercise)


def _under(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())
