"""One error shape for the browser and for scripts.

Everything that can go wrong reaches the learner as an `MldojoError` (the few that
only the web can cause are below): `error_response` turns it into an HTML page or
into `{"error": {"kind", "message"}}`, with a status that fits. Anything else is
logged with its traceback in `mldojo.log` and shown as one `InternalError`
sentence; a traceback never reaches the browser.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
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
    UnknownExercise,
    UsageError,
)

log = logging.getLogger("mldojo.web")


class PageNotFound(MldojoError):
    """A path the app has no page for."""


class MalformedRequest(MldojoError):
    """A request whose body, form or parameters are not what the route takes."""


class MethodNotAllowed(MldojoError):
    """A page asked for with a method it does not answer."""


class Forbidden(MldojoError):
    """A request refused for safety: no CSRF token, another origin, a foreign host."""


class InternalError(MldojoError):
    """A bug: the traceback is in mldojo.log, the learner sees one sentence."""


STATUS: Mapping[type[MldojoError], int] = {
    PageNotFound: 404,
    UnknownExercise: 404,
    MethodNotAllowed: 405,
    Forbidden: 403,
    SubmissionTooLarge: 413,
    MalformedRequest: 422,
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


def error_response(
    error: MldojoError, headers: Mapping[str, str], html_page: HtmlPage | None
) -> Response:
    status = status_of(error)
    allow = {"Allow": "GET, HEAD"} if isinstance(error, MethodNotAllowed) else None
    if html_page is None or wants_json(headers):
        return JSONResponse(error_body(error), status_code=status, headers=allow)
    return HTMLResponse(html_page(error, status), status_code=status, headers=allow)


def as_mldojo_error(exc: Exception, path: str) -> MldojoError:
    """What the learner is told for an exception raised while answering `path`."""
    if isinstance(exc, MldojoError):
        return exc
    if isinstance(exc, RequestValidationError):
        return MalformedRequest(_describe_invalid(exc, path))
    if isinstance(exc, HTTPException):
        if exc.status_code == 404:
            return PageNotFound(
                f"There is no page at '{path}': start from the home page at /, or check the "
                "address."
            )
        if exc.status_code == 405:
            return MethodNotAllowed(
                f"'{path}' does not answer that method: open it in the browser, or use the "
                "buttons on its page."
            )
        return MalformedRequest(f"The request to '{path}' was refused ({exc.detail}): reload.")
    return InternalError(
        f"mldojo failed unexpectedly while answering '{path}' ({type(exc).__name__}); "
        "the details are in mldojo.log in the data directory: please report them."
    )


def _describe_invalid(exc: RequestValidationError, path: str) -> str:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "the body"
    problem = str(first.get("msg", "is not valid")).rstrip(".")
    problem = problem[0].lower() + problem[1:] if problem else problem
    return (
        f"The request to '{path}' has a bad '{where}' ({problem}): send JSON such as "
        '{"source": "..."}, or use the page\'s own form.'
    )


def install_handlers(app: FastAPI, *, log_file: Path, html_page: HtmlPage) -> None:
    """Route every exception through `error_response`."""

    async def handle(request: Request, exc: Exception) -> Response:
        error = as_mldojo_error(exc, request.url.path)
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
    text = "".join(traceback.format_exception(exc))
    log.error("%s %s failed:\n%s", request.method, request.url.path, text)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write(f"web: {request.method} {request.url.path}\n{text}\n")
    except OSError:
        pass  # the log is for the report; the learner already has the sentence
