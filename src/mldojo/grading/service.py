"""The grading service: one interface, with a local backend behind it.

`Grader.grade` is what the learning layer calls; a distributed backend can sit
behind the same method. The local backend caches the reference's outputs per
exercise version and seed, so a repeated seed never runs the reference twice.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any, Protocol

from mldojo.catalog.exercise import Exercise
from mldojo.grading.judge import grade, run_reference
from mldojo.grading.verdict import Verdict


class Grader(Protocol):
    def grade(self, exercise: Exercise, source: str, *, seed: int | None = None) -> Verdict: ...


def fresh_seed() -> int:
    return secrets.randbelow(2**31)


class LocalGrader:
    """Grades in child processes on this machine."""

    def __init__(self, *, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir

    def grade(self, exercise: Exercise, source: str, *, seed: int | None = None) -> Verdict:
        return grade(
            exercise, source, seed=fresh_seed() if seed is None else seed, reference=self._reference
        )

    def _reference(self, exercise: Exercise, seed: int, request: dict[str, Any]) -> dict[str, Any]:
        if self.cache_dir is None:
            return run_reference(exercise, seed, request)
        path = self.cache_dir / "reference" / exercise.id / f"{exercise.version}-{seed}.json"
        try:
            cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return cached
        except (OSError, ValueError):
            pass
        result = run_reference(exercise, seed, request)
        _write_atomic(path, json.dumps(result))
        return result


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # the cache is an optimisation; grading goes on without it
