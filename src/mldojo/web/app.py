"""`create_app(settings)`: the learner's web app, assembled; nothing heavy at import.

The catalog, the store and the warm grader are opened when the server starts
(`runtime.Runtime.lifespan`), not here, so tests and tools can build an app cheaply.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from mldojo.grading.service import Grader
from mldojo.settings import WEB_HOST, Settings
from mldojo.web.errors import install_handlers
from mldojo.web.pages import STATIC, Pages
from mldojo.web.routes import catalog, exercise, home, report
from mldojo.web.runtime import Runtime
from mldojo.web.security import Guard, allowed_hosts_for, load_secret
from mldojo.web.timing import ServerTiming


def create_app(
    settings: Settings, *, host: str = WEB_HOST, grader: Grader | None = None
) -> FastAPI:
    """The app for `settings`, answering as `host` (the address it is bound to); `grader`
    replaces the warm pool the app would start (tests pass a cold one)."""
    settings.ensure_home()
    runtime = Runtime(settings, grader=grader)
    pages = Pages()
    app = FastAPI(
        title="mldojo",
        lifespan=runtime.lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.runtime = runtime
    app.state.pages = pages
    install_handlers(app, log_file=settings.log_file, html_page=pages.error_page)
    app.add_middleware(
        Guard,
        secret=load_secret(settings.home),
        allowed_hosts=allowed_hosts_for(host),
        html_page=lambda: pages.error_page,
    )
    app.add_middleware(ServerTiming)
    # Matched first, without FastAPI's dependencies (see `check_code`).
    app.add_route("/exercises/{exercise_id}/check", exercise.check_code, methods=["POST"])
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")
    for module in (home, catalog, exercise, report):
        app.include_router(module.router)
    return app
