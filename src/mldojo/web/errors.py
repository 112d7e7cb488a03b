"""One error shape for the browser and for scripts.

Everything that can go wrong reaches the learner as an `MldojoError` (the few that
only the web can cause are below): `error_response` turns it into an HTML page or
into `{"error": {"kind", "message"}}`, with a status that fits. Anything else is
logged with its traceback in `mldojo.log` and shown as one `InternalError`
sentence; a traceback never reaches the browser.

Messages are said for the browser: an address or id echoed back is cut to
`ECHO_CHARS` (an address can be as long as the learner pastes), and advice names what
to do on a page, not a command to run in a terminal (`for_the_browser`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mldojo.errors import (
    ConfigError,
    ContentError,
    MldojoError,
    NotConfirmed,
    StoreError,
    SubmissionError,
    SubmissionTooLarge,
    Unavailable,
    UnknownAttempt,
    UnknownExercise,
    UsageError,
)
from mldojo.store.engine import environmental, explain
from mldojo.syntax import format_exception
from mldojo.words import shown_plainly

log = logging.getLogger("mldojo.web")

ECHO_CHARS = 80
# The methods in the order an Allow header lists them.
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def echo(value: str, limit: int = ECHO_CHARS) -> str:
    """`value` as a message quotes it: its first `limit` characters and an ellipsis when
    longer, so an address of any length still makes a readable sentence."""
    return value if len(value) <= limit else value[:limit] + "\u2026"


class PageNotFound(MldojoError):
    """A path the app has no page for."""


class MalformedRequest(MldojoError):
    """A request whose body, form or parameters are not what the route takes."""


class UnreadableRequest(MldojoError):
    """A request the HTTP parser cannot read: an address over its limit, broken syntax."""


class MethodNotAllowed(MldojoError):
    """A page asked for with a method it does not answer; `allow` is what it answers."""

    def __init__(self, message: str, allow: Iterable[str]) -> None:
        super().__init__(message)
        self.allow = tuple(allow)


class Forbidden(MldojoError):
    """A request refused for safety: no CSRF token, another origin, a foreign host."""


class InternalError(MldojoError):
    """A bug: the traceback is in mldojo.log, the learner sees one sentence."""


class Reworded(MldojoError):
    """An error from the layers below, said as the browser needs it: same kind, same
    status, another sentence."""

    def __init__(self, original: MldojoError, message: str) -> None:
        super().__init__(message)
        self.original = original

    @property
    def kind(self) -> str:
        return self.original.kind


STATUS: Mapping[type[MldojoError], int] = {
    PageNotFound: 404,
    UnknownExercise: 404,
    UnknownAttempt: 404,
    MethodNotAllowed: 405,
    Forbidden: 403,
    SubmissionTooLarge: 413,
    MalformedRequest: 422,
    UnreadableRequest: 400,
    Unavailable: 409,
    NotConfirmed: 400,
    SubmissionError: 400,
    UsageError: 400,
    StoreError: 503,
    ContentError: 500,
    ConfigError: 500,
    InternalError: 500,
}


def status_of(error: MldojoError) -> int:
    if isinstance(error, Reworded):
        return status_of(error.original)
    for kind in type(error).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    return 400


def wants_json(headers: Mapping[str, str]) -> bool:
    """A browser navigating asks for text/html; scripts and the app's own fetches do not."""
    return "text/html" not in headers.get("accept", "")


def error_body(error: MldojoError) -> dict[str, Any]:
    """The one JSON shape of every error (a test locks it)."""
    return {"error": {"kind": error.kind, "message": error.message}}


HtmlPage = Callable[[MldojoError, int], str]


# A value a message quotes: no spaces, so it is an id, an address or a parameter.
_QUOTED = re.compile(rf"'([^'\s]{{{ECHO_CHARS + 1},}})'")


def for_the_browser(error: MldojoError) -> MldojoError:
    """`error` as the browser shows it. An unknown exercise points to the list of every
    exercise rather than to `mldojo list`; any long id or address a message quotes,
    whichever layer wrote it, is cut to `ECHO_CHARS`."""
    message = error.message
    if isinstance(error, UnknownExercise):
        advice = (
            "did you mean " + ", ".join(f"'{echo(s)}'" for s in error.suggestions) + "?"
            if error.suggestions
            else "find it in the list of every exercise at /exercises."
        )
        message = f"There is no exercise '{echo(error.exercise_id)}': {advice}"
    message = _QUOTED.sub(lambda found: f"'{echo(found.group(1))}'", message)
    message = shown_plainly(message)
    return error if message == error.message else Reworded(error, message)


def error_response(
    error: MldojoError, headers: Mapping[str, str], html_page: HtmlPage | None
) -> Response:
    status = status_of(error)
    allow = {"Allow": ", ".join(error.allow)} if isinstance(error, MethodNotAllowed) else None
    error = for_the_browser(error)
    if html_page is None or wants_json(headers):
        return JSONResponse(error_body(error), status_code=status, headers=allow)
    return HTMLResponse(html_page(error, status), status_code=status, headers=allow)


def as_mldojo_error(exc: Exception, request: Request) -> MldojoError:
    """What the learner is told for an exception raised while answering `request`."""
    path = echo(request.url.path)
    if isinstance(exc, MldojoError):
        return exc
    if isinstance(exc, RequestValidationError):
        return MalformedRequest(_describe_invalid(exc, path))
    if isinstance(exc, DBAPIError) and environmental(exc):
        # The database as it is (locked, damaged, a table gone): the CLI's sentence, not a
        # bug report.
        return StoreError(explain(exc, request.app.state.runtime.settings.db_url))
    if isinstance(exc, HTTPException):
        if exc.status_code == 404:
            return PageNotFound(
                f"There is no page at '{path}': start from the home page at /, or check the "
                "address."
            )
        if exc.status_code == 405:
            return _not_allowed(request, exc, path)
        detail = str(exc.detail).strip().rstrip(".")
        detail = detail[:1].lower() + detail[1:]
        return MalformedRequest(
            f"The request to '{path}' could not be read ({echo(detail)}): send JSON such as "
            f"{example_body(path)}, or use the page's own form."
        )
    return InternalError(
        f"mldojo failed unexpectedly while answering '{path}' ({type(exc).__name__}); "
        "the details are in mldojo.log in the data directory: please report them."
    )


def allowed_methods(request: Request, exc: HTTPException) -> tuple[str, ...]:
    """Every method some route answers at the request's path: the router's own 405 names
    only the first route that matched the path, static files name their own."""
    scope = {"type": "http", "path": request.url.path, "root_path": "", "method": "-"}
    methods: set[str] = set()
    for route in request.app.router.routes:
        route_methods = getattr(route, "methods", None)
        if route_methods and route.matches(scope)[0] is not Match.NONE:
            methods |= set(route_methods)
    given = (exc.headers or {}).get("Allow", "")
    methods |= {m.strip().upper() for m in given.split(",") if m.strip()}
    return tuple(m for m in METHODS if m in methods) + tuple(sorted(methods - set(METHODS)))


def _not_allowed(request: Request, exc: HTTPException, path: str) -> MethodNotAllowed:
    allow = allowed_methods(request, exc)
    answers = ", ".join(allow) or "no method"
    advice = (
        "open it in the browser, or use the buttons on its page."
        if "GET" in allow
        else "it is an action, not a page: use its button on the page it belongs to."
    )
    return MethodNotAllowed(
        f"'{path}' does not answer {echo(request.method, 16)}, only {answers}: {advice}", allow
    )


def example_body(path: str) -> str:
    """A body that the action at `path` takes, for an error's advice."""
    for ending, body in (
        ("/journal", '{"text": "..."}'),
        ("/solution", '{"confirm": true}'),
        ("/hints", "{}"),
    ):
        if path.rstrip("/").endswith(ending):
            return body
    return '{"source": "..."}'


def _describe_invalid(exc: RequestValidationError, path: str) -> str:
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(part) for part in first.get("loc", ())]
    problem = str(first.get("msg", "is not valid")).rstrip(".")
    problem = problem[0].lower() + problem[1:] if problem else problem
    if loc[:1] in (["path"], ["query"]):  # part of the address, not of a body
        return (
            f"The address '{path}' has a bad {loc[0]} part '{'.'.join(loc[1:])}' ({problem}): "
            "follow the links on mldojo's pages rather than typing addresses."
        )
    where = ".".join(part for part in loc if part != "body") or "the body"
    return (
        f"The request to '{path}' has a bad '{where}' ({problem}): send JSON such as "
        f"{example_body(path)}, or use the page's own form."
    )


def install_handlers(app: FastAPI, *, log_file: Path, html_page: HtmlPage) -> None:
    """Route every exception through `error_response`."""

    async def handle(request: Request, exc: Exception) -> Response:
        error = as_mldojo_error(exc, request)
        if isinstance(error, InternalError):
            _log_crash(log_file, request, exc)
        return error_response(error, request.headers, html_page)

    app.add_exception_handler(MldojoError, handle)
    app.add_exception_handler(RequestValidationError, handle)
    app.add_exception_handler(HTTPException, handle)
    app.add_exception_handler(Exception, handle)  # what fails outside the middleware below
    app.add_middleware(Crashes, handle=handle)


class Crashes:
    """An unexpected exception from a route, answered inside the middlewares added after
    this one (the security headers): Starlette would answer it from outside them all."""

    def __init__(
        self, app: ASGIApp, *, handle: Callable[[Request, Exception], Awaitable[Response]]
    ) -> None:
        self.app = app
        self.handle = handle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if started:  # too late for an error page: the server closes the connection
                raise
            response = await self.handle(Request(scope), exc)
            await response(scope, receive, send)


def _log_crash(log_file: Path, request: Request, exc: Exception) -> None:
    text = format_exception(exc)
    log.error("%s %s failed:\n%s", request.method, request.url.path, text)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"web: {request.method} {request.url.path}\n{text}\n")
    except OSError:
        pass  # the log is for the report; the learner already has the sentence
