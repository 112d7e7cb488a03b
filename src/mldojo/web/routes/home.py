"""The home page: the seven areas with mastery and its interval, the next steps with
their reasons, the reviews due, and the learning journal (with a form to add to it)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from mldojo.errors import UsageError
from mldojo.learning.dojo import (
    Dojo,
    Home,
    activity,
    home,
    journal_add,
    journal_list,
)
from mldojo.learning.journal import MAX_ENTRY_CHARS, Note
from mldojo.web.errors import MalformedRequest, wants_json
from mldojo.web.memo import this_minute
from mldojo.web.pages import PagesDep
from mldojo.web.routes.forms import payload
from mldojo.web.runtime import DojoDep, FreshDep

router = APIRouter()
JOURNAL_SHOWN = 5


@dataclass(frozen=True)
class HomePage:
    home: Home  # its reviews too: the learner model is worked out once per page
    journal: list[Note]


def _home_page(dojo: Dojo) -> HomePage:
    # One more than shown: whether there are more to link to.
    return HomePage(home(dojo), journal_list(dojo, limit=JOURNAL_SHOWN + 1))


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
async def home_page(
    request: Request, dojo: DojoDep, pages: PagesDep, fresh: FreshDep
) -> HTMLResponse:
    # On the event loop: the mark is one small query and a kept page renders in about
    # a millisecond; only computing the learner model goes to a worker thread.
    data = await fresh.aget("home", (activity(dojo), this_minute()), lambda: _home_page(dojo))
    scores = {score.id: score for score in data.home.mastery}
    # `?journal=all`: every entry, asked for by the link under the newest.
    journal, more = data.journal[:JOURNAL_SHOWN], len(data.journal) > JOURNAL_SHOWN
    journal_all = _every_entry(request)
    if more and journal_all:
        journal, more = await run_in_threadpool(journal_list, dojo), False
    return pages.render(
        request,
        "home.html",
        {
            "home": data.home,
            "scores": scores,
            "reviews": data.home.reviews,
            "journal": journal,
            "journal_more": more,
            "journal_all": journal_all,  # the form comes back to every entry
            "areas": dojo.catalog.skills.areas,
            "journal_max_chars": MAX_ENTRY_CHARS,  # the box stops there, as the journal does
        },
    )


def _every_entry(request: Request) -> bool:
    """Whether home (or the journal's form sent from it) lists every entry, `?journal=all`."""
    return request.query_params.get("journal") == "all"


@router.post("/journal")
async def add_to_journal(request: Request, dojo: DojoDep) -> Response:
    data = await payload(request)
    text = data.get("text")
    if not isinstance(text, str):
        raise MalformedRequest(
            "The journal entry sent to '/journal' has no 'text': send {\"text\": \"...\"}."
        )
    if not text.strip():  # said here, for the page: the learning layer's advice is the CLI's
        raise UsageError(
            "The journal entry is empty: write what you learned in the journal box on the "
            "home page, e.g. 'Broadcasting aligns trailing axes first', then press Add."
        )
    note = await run_in_threadpool(journal_add, dojo, text)
    if not wants_json(request.headers):
        view = "?journal=all" if _every_entry(request) else ""
        return RedirectResponse(f"/{view}#journal", status_code=303)
    return JSONResponse({"entry": note.to_json()})
