"""Browsing the catalog: the exercises of an area or a skill, filtered and searched.

`dojo.catalog_listing` gives the catalog in teaching order with a status per
exercise; here that listing is narrowed by kind, skill, status and a free-text query, so
every interface filters the same way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from mldojo.catalog.catalog import Catalog
from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import AREAS, Kind
from mldojo.errors import UsageError
from mldojo.learning.progress import ExerciseStatus

Row = tuple[Exercise, ExerciseStatus]


@dataclass(frozen=True)
class Filters:
    area: str | None = None
    kind: str | None = None
    skill: str | None = None
    status: str | None = None
    query: str = ""


@dataclass(frozen=True)
class Listing:
    """An area's or a skill's exercises (`rows`, in teaching order) and those of them
    the filters keep (`shown`): a page lists every row and hides the others, so a
    live filter can widen as well as narrow."""

    rows: list[Row]
    shown: list[Row]


def check_filters(catalog: Catalog, filters: Filters) -> None:
    """A UsageError naming the value when an area, kind, skill or status is not one
    there is."""
    if filters.area is not None and filters.area not in AREAS:
        raise UsageError(f"There is no area '{filters.area}': choose one of {', '.join(AREAS)}.")
    kinds = [k.value for k in Kind]
    if filters.kind is not None and filters.kind not in kinds:
        raise UsageError(f"There is no kind '{filters.kind}': choose one of {', '.join(kinds)}.")
    if filters.skill is not None and filters.skill not in catalog.skills.skills:
        raise UsageError(
            f"There is no skill '{filters.skill}': pick one from an area page "
            "(skill ids look like stack.numpy.broadcasting)."
        )
    statuses = [s.value for s in ExerciseStatus]
    if filters.status is not None and filters.status not in statuses:
        raise UsageError(
            f"There is no status '{filters.status}': choose one of {', '.join(statuses)}."
        )


def narrow(catalog: Catalog, rows: list[Row], filters: Filters) -> list[Row]:
    """The rows of the kind that teach the skill, have the status and match every word of the query
    (in the id, title, kind or skill titles, case and accents aside)."""
    words = folded(filters.query).split()
    kept = []
    for exercise, status in rows:
        if filters.kind is not None and exercise.kind.value != filters.kind:
            continue
        if filters.skill is not None and filters.skill not in exercise.meta.skills:
            continue
        if filters.status is not None and status.value != filters.status:
            continue
        if words:
            text = search_text(catalog, exercise)
            if not all(word in text for word in words):
                continue
        kept.append((exercise, status))
    return kept


def search_text(catalog: Catalog, exercise: Exercise) -> str:
    """What a query is matched against, `folded`."""
    skills = catalog.skills.skills
    titles = [skills[s].title for s in exercise.meta.skills if s in skills]
    return folded(
        " ".join([exercise.id, exercise.title, exercise.kind.value, *exercise.meta.skills, *titles])
    )


def folded(text: str) -> str:
    """Lower-cased without accents, so "naïve" finds "Naive Bayes" (the listing's live
    filter folds a query the same way)."""
    split = unicodedata.normalize("NFKD", text)
    return "".join(c for c in split if not unicodedata.combining(c)).lower()
