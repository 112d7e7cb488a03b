"""What the web app holds while it runs: one learner context and a warm grader.

The app is one learner's, so one `Dojo` (catalog loaded once, one open store) serves
every request. Checks go to a `ZygotePool` the app owns: started at start-up in the
background (a check that comes first runs in a cold child meanwhile) and closed at
shutdown, so a check through the browser costs what a check through the service
does. `MLDOJO_GRADER=inline` keeps nothing running: a fresh interpreter per run.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Annotated

import anyio
from fastapi import Depends, FastAPI, Request

from mldojo.grading.service import Grader
from mldojo.learning.dojo import Dojo
from mldojo.settings import Settings
from mldojo.web.memo import Fresh

if TYPE_CHECKING:
    from mldojo.grading.local import LocalGrader
    from mldojo.grading.pool import ZygotePool


class Runtime:
    def __init__(self, settings: Settings, *, grader: Grader | None = None) -> None:
        self.settings = settings
        self._grader = grader
        self._dojo: Dojo | None = None
        self.pool: ZygotePool | None = None
        self.local: LocalGrader | None = None  # the grader over `pool`, when the app owns one
        self.fresh = Fresh()

    @property
    def dojo(self) -> Dojo:
        if self._dojo is None:  # a request outside the lifespan (never in a served app)
            self.open()
        assert self._dojo is not None
        return self._dojo

    def open(self) -> None:
        grader = self._grader
        if grader is None:
            from mldojo.grading.local import LocalGrader

            if self.settings.grader == "inline":
                grader = LocalGrader(cache_dir=self.settings.cache_dir)
            else:
                from mldojo.grading.pool import ZygotePool

                self.pool = ZygotePool(wait_for_warm=False)
                threading.Thread(target=self.pool.warm, name="warm", daemon=True).start()
                # Long-lived: the next check's reference runs while the learner edits.
                self.local = LocalGrader(
                    runner=self.pool, cache_dir=self.settings.cache_dir, prepare_ahead=True
                )
                grader = self.local
        dojo = Dojo(self.settings, shared_grader=grader)
        dojo.catalog  # noqa: B018 - loaded now, so the first page does not wait for it
        dojo.store  # noqa: B018 - opened (and migrated) now, for the same reason
        self._dojo = dojo
        threading.Thread(target=_import_the_model, name="imports", daemon=True).start()

    def close(self) -> None:
        if self.local is not None:
            self.local.close()
            self.local = None
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self._dojo is not None:
            self._dojo.close()
            self._dojo = None

    @asynccontextmanager
    async def lifespan(self, _app: FastAPI) -> AsyncIterator[None]:
        if self._dojo is None:  # `mldojo serve` opens it before it starts serving
            await anyio.to_thread.run_sync(self.open)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.close)


def _import_the_model() -> None:
    """The learner model and Matplotlib, imported while the learner opens the first page."""
    import matplotlib.backends.backend_svg  # noqa: F401

    import mldojo.learning.charts
    import mldojo.learning.report
    import mldojo.learning.standing  # noqa: F401


async def current_dojo(request: Request) -> Dojo:
    runtime: Runtime = request.app.state.runtime
    return runtime.dojo


async def current_fresh(request: Request) -> Fresh:
    runtime: Runtime = request.app.state.runtime
    return runtime.fresh


DojoDep = Annotated[Dojo, Depends(current_dojo)]
FreshDep = Annotated[Fresh, Depends(current_fresh)]
