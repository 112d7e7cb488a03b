"""Browsing: an area's exercises, a skill's, or the whole catalog, filtered and searched.

The filter form is a plain GET form (it works without scripts); the bundle adds
filtering as the learner types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from mldojo.catalog.schema import Kind
from mldojo.learning.browse import Filters, search_text
from mldojo.learning.dojo import Dojo, browse, unavailable
from mldojo.learning.progress import ExerciseStatus
from mldojo.web.errors import PageNotFound, echo
from mldojo.web.pages import PagesDep
from mldojo.web.runtime import DojoDep

router = APIRouter()


def _filters(request: Request, **fixed: str | None) -> Filters:
    query = request.query_params
    return Filters(
        kind=query.get("kind") or None,
        status=query.get("status") or None,
        query=query.get("q", ""),
        **fixed,
    )


def _listing(
    request: Request,
    dojo: Dojo,
    pages: PagesDep,
    filters: Filters,
    heading: Callable[[], dict[str, Any]],
) -> HTMLResponse:
    """The listing page; `heading` is made once `browse` has refused unknown ids."""
    listing = browse(dojo, filters)
    everything = listing.rows
    shown = {e.id for e, _ in listing.shown}
    counts = Counter(status.value for _, status in everything)
    skills = dojo.catalog.skills
    return pages.render(
        request,
        "listing.html",
        {
            "heading": heading(),
            "filters": filters,
            # Every row of the area or skill, those the filters leave out hidden, so the
            # bundle's live filter can widen a filter as well as narrow it.
            "rows": [
                (e, s, unavailable(dojo, e), search_text(dojo.catalog, e), e.id in shown)
                for e, s in everything
            ],
            "shown": len(shown),
            "total": len(everything),
            "counts": counts,
            # The kinds the listing has (and the one asked for), not every kind there is.
            "kinds": [
                k.value
                for k in Kind
                if k.value == filters.kind or any(e.kind is k for e, _ in everything)
            ],
            "statuses": [s.value for s in ExerciseStatus],
            "skills": skills.skills,
            "area_skills": (
                [
                    (s, sum(1 for e, _ in everything if s.id in e.meta.skills))
                    for s in skills.in_area(filters.area)
                ]
                if filters.area
                else []
            ),
        },
    )


@router.api_route("/exercises", methods=["GET", "HEAD"], response_class=HTMLResponse)
def all_exercises(request: Request, dojo: DojoDep, pages: PagesDep) -> HTMLResponse:
    area = request.query_params.get("area") or None
    filters = _filters(request, area=area)

    def heading() -> dict[str, Any]:
        return {"title": "Every exercise", "summary": "The whole catalog in teaching order."}

    return _listing(request, dojo, pages, filters, heading)


@router.api_route("/areas/{area}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def area_page(area: str, request: Request, dojo: DojoDep, pages: PagesDep) -> HTMLResponse:
    areas = dojo.catalog.skills.areas
    if area not in areas:
        raise PageNotFound(
            f"There is no area '{echo(area)}': the areas are {', '.join(areas)}; open one "
            "from the home page."
        )

    def heading() -> dict[str, Any]:
        found = dojo.catalog.skills.areas[area]
        return {"title": found.title, "summary": found.summary, "area": found.id}

    return _listing(request, dojo, pages, _filters(request, area=area), heading)


@router.api_route("/skills/{skill_id}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def skill_page(skill_id: str, request: Request, dojo: DojoDep, pages: PagesDep) -> HTMLResponse:
    if skill_id not in dojo.catalog.skills.skills:
        raise PageNotFound(
            f"There is no skill '{echo(skill_id)}': an area's page (/areas/ID) lists its skills."
        )

    def heading() -> dict[str, Any]:
        skill = dojo.catalog.skills.skills[skill_id]
        area = dojo.catalog.skills.areas[skill.area]
        return {
            "title": skill.title,
            "summary": f"A skill of {area.title}.",
            "skill": skill,
            "area_title": area.title,
        }

    return _listing(request, dojo, pages, _filters(request, skill=skill_id), heading)
