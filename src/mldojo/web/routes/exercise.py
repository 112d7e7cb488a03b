"""The exercise page and what a learner does on it: save a draft, check, take a hint,
see the solution.

Every action is a POST that works as a plain form (answered with a redirect back to
the page, which shows the result) and as a fetch from the bundle asking for JSON
(answered with the result and the page parts to swap in place). Each calls one
`dojo` function; the grading runs in a worker thread, off the event loop.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import Kind
from mldojo.errors import NotConfirmed
from mldojo.grading.written import WORD
from mldojo.learning.dojo import (
    Dojo,
    attempt_code,
    check,
    hint,
    put_back,
    save_draft,
    solution,
    start,
    workbench,
    workbench_version,
)
from mldojo.learning.results import CheckResult
from mldojo.learning.workbench import AttemptLine, Workbench, choice_answer, review_code
from mldojo.learning.workspace import aside_name
from mldojo.web import figures
from mldojo.web.errors import MalformedRequest, echo, wants_json
from mldojo.web.memo import Fresh, this_minute
from mldojo.web.pages import PagesDep, current_pages
from mldojo.web.routes.forms import payload
from mldojo.web.runtime import DojoDep, FreshDep, current_dojo

router = APIRouter(prefix="/exercises")


@dataclass(frozen=True)
class FigurePair:
    case: str
    expected: str | None  # SVG data URIs
    got: str | None


@dataclass(frozen=True)
class VerdictView:
    """A check's result as the page shows it, fresh from the grader or from history."""

    status: str
    passed: bool
    cases: list[dict[str, Any]]
    duration_ms: int | None
    output: str
    after_hint: bool
    after_solution: bool
    number: int | None = None
    figures: list[FigurePair] = field(default_factory=list)

    @property
    def cases_passed(self) -> int:
        return sum(1 for c in self.cases if c["passed"])


def _from_result(result: CheckResult) -> VerdictView:
    verdict = result.verdict
    return VerdictView(
        status=verdict.status.value,
        passed=verdict.passed,
        cases=[c.to_json() for c in verdict.cases],
        duration_ms=verdict.duration_ms,
        output=verdict.output,
        after_hint=result.after_hint,
        after_solution=result.after_solution,
        number=result.number,
        figures=_figure_pairs(verdict.figures),
    )


def _figure_pairs(shown: Iterable[dict[str, Any]]) -> list[FigurePair]:
    """A plot exercise's figures, the learner's beside the one asked for, drawn as SVG."""
    return [
        FigurePair(
            str(f.get("case", "")), figures.draw(f.get("expected")), figures.draw(f.get("got"))
        )
        for f in shown
    ]


def _from_attempt(line: AttemptLine) -> VerdictView:
    return VerdictView(
        status=line.status,
        passed=line.passed,
        cases=[{"name": c.name, "passed": c.passed, "message": c.message} for c in line.cases],
        duration_ms=line.duration_ms,
        output=line.output,
        after_hint=line.after_hint,
        after_solution=line.after_solution,
        number=line.number,
        figures=_figure_pairs(line.figures),
    )


def _context(bench: Workbench, verdict: VerdictView | None = None) -> dict[str, Any]:
    exercise = bench.exercise
    last = bench.last_attempt
    return {
        "bench": bench,
        "exercise": exercise,
        "verdict": verdict or (_from_attempt(last) if last else None),
        "language": "markdown" if exercise.kind is Kind.WRITTEN else "python",
        "word_pattern": WORD.pattern,  # the editor counts words as the grader does
        "is_choice": exercise.kind is Kind.CHOICE,
        "code": bench.code,
        "review": False,
    }


async def _bench(
    dojo: Dojo, fresh: Fresh, exercise_id: str, *, all_attempts: bool = False
) -> Workbench:
    """The workbench, computed again (in a worker thread) only when the record, the
    draft or the workspace file changed; the check for that is one small query."""
    mark = (workbench_version(dojo, exercise_id), this_minute())
    return await fresh.aget(
        f"workbench {exercise_id}{' all' if all_attempts else ''}",
        mark,
        lambda: workbench(dojo, exercise_id, all_attempts=all_attempts),
    )


@router.api_route("/{exercise_id}", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def exercise_page(
    exercise_id: str, request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep
) -> HTMLResponse:
    """The page; `?history=all` lists every attempt, not only the newest; `?review=1`
    opens a review: a note, and the code `review_code` says."""
    all_attempts = _every_attempt(request)
    bench = await _bench(dojo, fresh, exercise_id, all_attempts=all_attempts)
    # Where a Start over, or a Put this code back, without scripts comes back to.
    context = dict(
        _context(bench),
        all_attempts=all_attempts,
        started_over=request.query_params.get("started") == "over",
        put_back=request.query_params.get("put") == "back",
        aside_name=aside_name(bench.exercise.file_name),  # where Start over keeps code
    )
    skills = dojo.catalog.skills
    context["area_title"] = skills.areas[bench.exercise.area].title  # crumbs
    context["skill_titles"] = {
        s: skills.skills[s].title for s in bench.exercise.meta.skills if s in skills.skills
    }
    # The home page's link to a review of an exercise tried before (a new one is linked
    # plainly: there is nothing to write again from memory).
    if request.query_params.get("review") == "1" and bench.attempts:
        context.update(review=True, code=review_code(bench, datetime.now(UTC)))
    return pages.render(request, "exercise.html", context)


@router.get("/{exercise_id}/parts")
async def page_parts(
    exercise_id: str, request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep
) -> JSONResponse:
    """The parts of the page a check changes besides its result: the history, the
    status and what comes next (the bundle asks for them once the result is shown);
    `?history=all` as the page was asked for."""
    all_attempts = _every_attempt(request)
    bench = await _bench(dojo, fresh, exercise_id, all_attempts=all_attempts)
    context = dict(_context(bench), all_attempts=all_attempts)  # the forms keep the view
    return JSONResponse(
        {
            "html": {
                name: pages.fragment(request, f"_{name}.html", context)
                for name in ("history", "status", "next")
            }
        }
    )


@router.get("/{exercise_id}/attempts/{attempt_id}/source")
async def attempt_source(exercise_id: str, attempt_id: int, dojo: DojoDep) -> JSONResponse:
    """An attempt's code exactly as it was checked, for "Put this code back in the
    editor" (the page shows it highlighted, which does not keep every byte)."""
    source = await run_in_threadpool(attempt_code, dojo, exercise_id, attempt_id)
    return JSONResponse({"id": attempt_id, "source": source})


@router.post("/{exercise_id}/start-over")
async def start_over(exercise_id: str, request: Request, dojo: DojoDep) -> Response:
    """Start over, as `mldojo start --fresh` does: the starter as the draft and the file,
    the code that was there (the file, the draft, and the editor's, sent as `source`)
    kept beside it in the workspace. A form comes back to the page, which says so; the
    bundle puts the starter in the editor, as an edit that Ctrl+Z undoes."""
    data = await payload(request)
    exercise = dojo.catalog.get(exercise_id)
    unsaved = _source(data, exercise, request.url.path)
    started = await run_in_threadpool(
        partial(start, dojo, exercise.id, fresh=True, unsaved=unsaved)
    )
    if not wants_json(request.headers):  # the page's form, without scripts
        return _back(exercise.id, "code", request, said=("started", "over"))
    return JSONResponse(
        {"source": exercise.starter(), "kept": [str(path) for path in started.set_aside]}
    )


@router.post("/{exercise_id}/attempts/{attempt_id}/put-back")
async def put_code_back(
    exercise_id: str, attempt_id: int, request: Request, dojo: DojoDep
) -> Response:
    """An attempt's code as the draft, the editor's code (sent as `source`) kept beside
    the workspace file where it differs: "Put this code back" for a page without
    scripts, whose bundle puts the code in the editor as an edit that Ctrl+Z undoes."""
    data = await payload(request)
    exercise = dojo.catalog.get(exercise_id)
    unsaved = _source(data, exercise, request.url.path)
    source, kept = await run_in_threadpool(
        partial(put_back, dojo, exercise.id, attempt_id, unsaved=unsaved)
    )
    if not wants_json(request.headers):
        return _back(exercise.id, "code", request, said=("put", "back"))
    return JSONResponse({"source": source, "kept": [str(path) for path in kept]})


def _source(data: dict[str, Any], exercise: Exercise, path: str) -> str:
    """The code sent, or for a choice exercise the file its chosen options make."""
    if exercise.kind is Kind.CHOICE and "source" not in data:
        chosen = data.get("choice", [])
        if isinstance(chosen, str):
            chosen = [chosen]
        if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
            raise MalformedRequest(
                f"'choice' sent to '{path}' must be a list of option letters, such as [\"B\"]."
            )
        return choice_answer(exercise, chosen)
    source = data.get("source")
    if not isinstance(source, str):
        raise MalformedRequest(
            f"The request to '{path}' has no 'source' text: send the code as "
            '{"source": "..."}.'
        )
    return source


def _every_attempt(request: Request) -> bool:
    """Whether the page (or the form sent from it) lists every attempt, `?history=all`."""
    return request.query_params.get("history") == "all"


def _back(
    exercise_id: str, anchor: str, request: Request, *, said: tuple[str, str] | None = None
) -> RedirectResponse:
    """Back to the page after a form's action, listing every attempt when it did (the
    page's forms keep its `?history=all` in their address); `said`: the query that makes
    the page say what the action did (`?started=over`, `?put=back`)."""
    query = [said] if said else []
    if _every_attempt(request):
        query.append(("history", "all"))
    view = f"?{urlencode(query)}" if query else ""
    return RedirectResponse(f"/exercises/{exercise_id}{view}#{anchor}", status_code=303)


@router.post("/{exercise_id}/draft")
async def save(exercise_id: str, request: Request, dojo: DojoDep) -> Response:
    data = await payload(request)
    exercise = await run_in_threadpool(dojo.catalog.get, exercise_id)
    source = _source(data, exercise, request.url.path)
    await run_in_threadpool(save_draft, dojo, exercise.id, source)
    if not wants_json(request.headers):
        return _back(exercise.id, "choices" if exercise.kind is Kind.CHOICE else "code", request)
    return JSONResponse(
        {
            "saved": True,
            "bytes": len(source.encode("utf-8")),
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    )


async def check_code(request: Request) -> Response:
    """POST /exercises/{exercise_id}/check, a plain Starlette route that `app.py` puts
    ahead of the routers: a check is what a learner waits for most, and FastAPI's route
    matching and dependency solving cost it about a tenth of the web's own time."""
    dojo, pages = await current_dojo(request), await current_pages(request)
    data = await payload(request)
    # In memory: no need for a worker thread.
    exercise = dojo.catalog.get(request.path_params["exercise_id"])
    source = _source(data, exercise, request.url.path)
    # The code checked becomes the draft, unless a newer one is saved while it runs.
    begun = datetime.now(UTC)
    if not wants_json(request.headers):
        await run_in_threadpool(check, dojo, exercise.id, source=source)
        # The page the browser is sent back to shows the code checked: save it first.
        await run_in_threadpool(
            partial(save_draft, dojo, exercise.id, source, unless_saved_since=begun)
        )
        return _back(exercise.id, "result", request)

    def check_and_show() -> dict[str, Any]:
        """In the worker thread that checked: the answer, its part of the page drawn."""
        result = check(dojo, exercise.id, source=source)
        context = {"verdict": _from_result(result), "is_choice": exercise.kind is Kind.CHOICE}
        html = pages.fragment(request, "_verdict.html", context)
        return {"result": result.to_json(), "html": {"result": html}}

    answer = await run_in_threadpool(check_and_show)
    # The draft is saved after the answer, which need not wait for it.
    saving = BackgroundTask(save_draft, dojo, exercise.id, source, unless_saved_since=begun)
    return JSONResponse(answer, background=saving)


@router.post("/{exercise_id}/hints")
async def next_hint(
    exercise_id: str, request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep
) -> Response:
    shown = await run_in_threadpool(hint, dojo, exercise_id)
    if not wants_json(request.headers):
        return _back(exercise_id, "hints", request)
    bench = await _bench(dojo, fresh, exercise_id)  # kept for the page's next load
    return JSONResponse(
        {
            "number": shown.number,
            "total": shown.total,
            "text": shown.text,
            "last": shown.last,
            "html": {"hints": pages.fragment(request, "_hints.html", _context(bench))},
        }
    )


@router.post("/{exercise_id}/solution")
async def show_solution(
    exercise_id: str, request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep
) -> Response:
    data = await payload(request)
    dojo.catalog.get(exercise_id)  # an unknown id is said before a missing confirmation
    if data.get("confirm") not in (True, "yes", "true", "on"):
        raise NotConfirmed(
            f"Showing the solution of '{echo(exercise_id)}' needs confirmation: later "
            'attempts will count as after-solution; press the page\'s "Yes, show it" '
            "button (or send confirm=yes)."
        )
    shown = await run_in_threadpool(solution, dojo, exercise_id)
    if not wants_json(request.headers):
        return _back(exercise_id, "solution", request)
    bench = await _bench(dojo, fresh, exercise_id)
    return JSONResponse(
        {
            "code": shown.code,
            "note": shown.note,
            "html": {"solution": pages.fragment(request, "_solution.html", _context(bench))},
        }
    )
