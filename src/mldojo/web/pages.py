"""Rendering pages: the Jinja environment, its filters, and the bundle's address.

Templates live in `templates/` (partials start with `_`); every page extends
`base.html`, which links the bundled script and styles from `static/build/` and
carries the CSRF token for the scripts in a `<meta>` tag.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import HTMLResponse

from mldojo.errors import MldojoError
from mldojo.learning.report import BAR_SCORE
from mldojo.web import markup

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
BUILD = STATIC / "build"
BUNDLE = ("app.js", "app.css")
STYLES = ("mldojo.css", "pygments.css")

log = logging.getLogger("mldojo.web")


def stars(difficulty: int) -> str:
    return "★" * difficulty + "☆" * (5 - difficulty)


def when(moment: datetime | None) -> str:
    """'3 min ago', 'yesterday', or the date: how long ago, in words."""
    if moment is None:
        return ""
    seconds = (datetime.now(UTC) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    if seconds < 2 * 86400:
        return "yesterday"
    return moment.strftime("%d %b %Y")


def bundle_version() -> str | None:
    """A short hash of the built bundle (for cache busting), or None when it is not built."""
    digest = hashlib.sha256()
    for name in BUNDLE:
        try:
            digest.update((BUILD / name).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()[:10]


def styles_version() -> str:
    """A short hash of mldojo's own style sheets: their address changes with them, so a
    browser never pairs a new page with the old styles it kept (a heuristic cache may keep
    a file that has no Cache-Control for days)."""
    digest = hashlib.sha256()
    for name in STYLES:
        try:
            digest.update((STATIC / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()[:10]


class Pages:
    def __init__(self) -> None:
        env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # templates are package files: no stat per page
        )
        env.filters.update(
            markdown=markup.markdown,
            statement=markup.statement,
            code=markup.code,
            stars=stars,
            when=when,
        )
        self.version = bundle_version()
        if self.version is None:
            log.warning(
                "The front-end bundle is not built (%s): pages work without the editor and "
                "math. Run scripts/setup (it needs Node 20 and npm) to build it.",
                BUILD,
            )
        # Every page that states the readiness bar reads it from the learner model.
        env.globals.update(bundle=self.version, styles=styles_version(), readiness_bar=BAR_SCORE)
        self.templates = Jinja2Templates(env=env)

    def render(
        self, request: Request, name: str, context: dict[str, Any], status_code: int = 200
    ) -> HTMLResponse:
        return self.templates.TemplateResponse(
            request, name, dict(context, **_page_state(request)), status_code=status_code
        )

    def fragment(self, request: Request, name: str, context: dict[str, Any]) -> str:
        """A partial as a string, for a JSON answer that updates part of a page."""
        template = self.templates.env.get_template(name)
        return template.render(dict(context, request=request, **_page_state(request)))

    def error_page(self, error: MldojoError, status: int) -> str:
        template = self.templates.env.get_template("error.html")
        return template.render(
            error=error, status=status, csrf_token="", csp_nonce="", request=None
        )


def _page_state(request: Request) -> dict[str, str]:
    """The CSRF token and this response's CSP nonce, set by `security.Guard`."""
    state = request.scope.get("state", {})
    return {
        "csrf_token": str(state.get("csrf_token", "")),
        "csp_nonce": str(state.get("csp_nonce", "")),
    }


async def current_pages(request: Request) -> Pages:
    pages: Pages = request.app.state.pages
    return pages


PagesDep = Annotated[Pages, Depends(current_pages)]
