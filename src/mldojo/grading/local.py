"""Grading on this machine: children through a `Runner`, and a reference cache.

Runs go through a cold interpreter per run by default, or the warm zygote pool.
The reference's outputs are cached per exercise version and seed (in memory,
and on disk when given a folder), so a repeated seed never runs the reference
twice.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.grading.judge import COLD, grade, run_reference
from mldojo.grading.runner import Runner
from mldojo.grading.service import fresh_seed
from mldojo.grading.verdict import Verdict


class LocalGrader:
    """Grades in child processes on this machine."""

    def __init__(self, *, runner: Runner = COLD, cache_dir: Path | None = None) -> None:
        self.runner = runner
        self.cache_dir = cache_dir
        self._memory: dict[tuple[str, str, int], dict[str, Any]] = {}

    def grade(self, exercise: Exercise, source: str, *, seed: int | None = None) -> Verdict:
        return grade(
            exercise,
            source,
            seed=fresh_seed() if seed is None else seed,
            reference=self._reference,
            runner=self.runner,
        )

    def _reference(self, exercise: Exercise, seed: int, request: dict[str, Any]) -> dict[str, Any]:
        key = (exercise.id, exercise.version, seed)
        if key in self._memory:
            return self._memory[key]
        path = None
        if self.cache_dir is not None:
            path = self.cache_dir / "reference" / exercise.id / f"{exercise.version}-{seed}.json"
            try:
                cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                return cached
            except (OSError, ValueError):
                pass
        result = run_reference(exercise, seed, request, self.runner)
        if len(self._memory) > 4096:
            self._memory.clear()
        self._memory[key] = result
        if path is not None:
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
