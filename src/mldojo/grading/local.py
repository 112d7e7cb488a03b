"""Grading on this machine: children through a `Runner`, and a reference cache.

Runs go through a cold interpreter per run by default, or the warm zygote pool.
The reference's outputs are cached per exercise version and seed (in memory,
and on disk when given a folder), so a repeated seed never runs the reference
twice.

A long-lived grader (`prepare_ahead`) also draws the seed of an exercise's next
check as soon as a check of it ends, draws its cases and runs the reference on
them while the learner reads the verdict and edits: the next check then only has
to run the learner's code. The seed stays in this process, unseen, until it is used.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.errors import MldojoError
from mldojo.grading import codec
from mldojo.grading.judge import COLD, COMPARED, Plan, grade, plan, run_reference
from mldojo.grading.runner import Runner
from mldojo.grading.service import Meanwhile, fresh_seed
from mldojo.grading.verdict import Verdict

Key = tuple[str, str, int]  # exercise id, version, seed
# How long after a check its next reference starts: long enough for the caller to
# record the attempt and render the verdict without competing for the CPU.
AHEAD_AFTER_S = 0.05


class LocalGrader:
    """Grades in child processes on this machine."""

    def __init__(
        self, *, runner: Runner = COLD, cache_dir: Path | None = None, prepare_ahead: bool = False
    ) -> None:
        self.runner = runner
        self.cache_dir = cache_dir
        self._memory: dict[Key, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._running: dict[Key, Future[dict[str, Any]]] = {}
        self._next_seed: dict[tuple[str, str], int] = {}
        self._drawn: dict[tuple[str, str], Plan] = {}  # the next check's cases, drawn ahead
        # One reference at a time ahead of need: it uses idle time, not a core of its own.
        self._ahead = ThreadPoolExecutor(1, "reference-ahead") if prepare_ahead else None
        self._closed = False

    def grade(
        self,
        exercise: Exercise,
        source: str,
        *,
        seed: int | None = None,
        meanwhile: Meanwhile | None = None,
        filename: str | None = None,
    ) -> Verdict:
        learner_check = seed is None
        drawn = None
        if seed is None:
            with self._lock:
                seed = self._next_seed.pop((exercise.id, exercise.version), None)
                drawn = self._drawn.pop((exercise.id, exercise.version), None)
            seed = fresh_seed() if seed is None else seed
        verdict = grade(
            exercise,
            source,
            seed=seed,
            reference=self._reference,
            runner=self.runner,
            drawn=drawn,
            meanwhile=meanwhile,
            filename=filename,
        )
        if learner_check:  # after this check, so as not to compete with it
            self._prepare_next(exercise)
        return verdict

    def _prepare_next(self, exercise: Exercise) -> None:
        """Draw the seed of this exercise's next check and run its reference now."""
        if self._ahead is None or exercise.kind not in COMPARED:
            return
        seed = fresh_seed()

        def prepare() -> None:
            # Not at once: the caller still records and shows this check's verdict.
            time.sleep(AHEAD_AFTER_S)
            # A broken exercise is reported by the check that uses this seed.
            with contextlib.suppress(MldojoError):
                drawn = plan(exercise, seed)
                with self._lock:
                    if self._next_seed.get((exercise.id, exercise.version)) == seed:
                        self._drawn[(exercise.id, exercise.version)] = drawn
                solution = exercise.solution_source()
                self._reference(exercise, seed, drawn.request(exercise, solution, "solution.py"))

        # Under the lock, as `close` marks the grader closed: a check that ends while the
        # grader stops still gets its verdict, and nothing is prepared for a next one.
        with self._lock:
            if self._closed:
                return
            self._next_seed[(exercise.id, exercise.version)] = seed
            self._ahead.submit(prepare)

    def ready_ahead(self, exercise: Exercise) -> bool:
        """Whether the next check of this exercise has its reference computed already."""
        with self._lock:
            seed = self._next_seed.get((exercise.id, exercise.version))
            return seed is not None and (exercise.id, exercise.version, seed) in self._memory

    def close(self) -> None:
        with self._lock:
            self._closed = True
        if self._ahead is not None:
            self._ahead.shutdown(wait=False, cancel_futures=True)

    def _reference(self, exercise: Exercise, seed: int, request: dict[str, Any]) -> dict[str, Any]:
        """The reference's outputs for this seed: cached, being computed (then awaited),
        or computed now."""
        key = (exercise.id, exercise.version, seed)
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            running = self._running.get(key)
            mine: Future[dict[str, Any]] | None = None
            if running is None:
                running = mine = Future()
                self._running[key] = mine
        if mine is None:
            return running.result()
        try:
            result = self._compute_reference(exercise, seed, request, key)
        except BaseException as exc:
            mine.set_exception(exc)
            raise
        else:
            mine.set_result(result)
            return result
        finally:
            with self._lock:
                self._running.pop(key, None)

    def _compute_reference(
        self, exercise: Exercise, seed: int, request: dict[str, Any], key: Key
    ) -> dict[str, Any]:
        path = None
        if self.cache_dir is not None:
            name = f"{exercise.version}-{seed}-f{codec.FORMAT}.json"
            path = self.cache_dir / "reference" / exercise.id / name
            try:
                cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                return cached
            except (OSError, ValueError):
                pass
        result = run_reference(exercise, seed, request, self.runner)
        with self._lock:
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
