"""Checks graded and recorded in the local grader process.

`mldojo check` from a shell would otherwise spend most of its time importing the
database layer and the catalog to send one file. With the grader running, the
CLI sends the exercise id, the file's path and its own settings
(`learning.remote`); the grader answers with the result of the same
`dojo.check` that every interface calls, attempt recorded. A client that goes
away mid-check (Ctrl-C, a killed terminal) stops the check, and the attempt is
recorded as interrupted.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from mldojo.errors import UsageError
from mldojo.grading import server
from mldojo.grading.server import GraderServer
from mldojo.learning.attempts import reconcile_interrupted
from mldojo.learning.dojo import Dojo, check, ensure_learner
from mldojo.settings import Settings
from mldojo.store.engine import Store
from mldojo.store.schema import open_store


class CheckService:
    """The "check" operation, with one open store per database and learner."""

    def __init__(self) -> None:
        self._stores: dict[str, Store] = {}
        self._ready: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any], grader: GraderServer) -> dict[str, Any]:
        try:
            settings = Settings.from_json(request["settings"])
            exercise_id = str(request["exercise"])
            file = Path(request["file"]) if request.get("file") else None
        except (KeyError, TypeError, ValueError) as exc:
            raise UsageError(f"A check request is malformed ({exc}): update mldojo.") from exc
        dojo = Dojo(settings, shared_store=self._store(settings), shared_grader=grader.grader)
        result = check(dojo, exercise_id, file=file)
        return {"ok": True, "result": result.to_json()}

    def _store(self, settings: Settings) -> Store:
        with self._lock:
            store = self._stores.get(settings.db_url)
            if store is None:
                settings.ensure_home()
                store = open_store(settings.db_url)
                reconcile_interrupted(store)
                self._stores[settings.db_url] = store
            if (settings.db_url, settings.learner) not in self._ready:
                ensure_learner(store, settings.learner)
                self._ready.add((settings.db_url, settings.learner))
            return store

    def close(self) -> None:
        for store in self._stores.values():
            store.dispose()


def main() -> int:
    """The local grader with checks recorded here (`mldojo grader serve`)."""
    service = CheckService()
    try:
        return server.main(ops={"check": service})
    finally:
        service.close()
