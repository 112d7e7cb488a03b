"""Attempts are written before the verdict, flagged after hints or the solution, and never lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError, StoreError
from mldojo.grading.local import LocalGrader
from mldojo.grading.verdict import Verdict
from mldojo.learning.attempts import (
    attempts_for,
    begin_attempt,
    check_exercise,
    finish_attempt,
    reconcile_interrupted,
)
from mldojo.learning.dojo import Dojo, ensure_learner, hint, progress, solution
from mldojo.learning.drafts import load_draft, save_draft
from mldojo.settings import Settings
from mldojo.store.engine import Store
from mldojo.store.models import Attempt
from mldojo.store.schema import open_store
from tests.conftest import BROADCAST

WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"


@pytest.fixture
def dojo(settings: Settings, db_url: str) -> Dojo:
    # Graded in this process: a local grader started here would outlive the test.
    return Dojo(replace(settings, db_url=db_url, grader="inline"))


def test_a_check_records_source_verdict_and_cases(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    result = check_exercise(
        dojo.store, dojo.grader, learner=dojo.learner, exercise=exercise, source=WRONG
    )
    assert not result.verdict.passed
    [attempt] = attempts_for(dojo.store, learner=dojo.learner, exercise_id=BROADCAST)
    assert attempt.id == result.attempt_id
    assert attempt.status == "failed" and attempt.passed is False
    assert attempt.source == WRONG
    assert attempt.exercise_version == exercise.version
    assert attempt.seed == result.verdict.seed
    assert [c["name"] for c in attempt.cases] == [c.name for c in result.verdict.cases]
    assert attempt.finished_at is not None and not attempt.after_hint


def test_the_attempt_is_written_while_its_code_runs(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    seen: list[list[str]] = []

    class Watching:
        """The real grader; after the caller's work, a look at what is stored."""

        def grade(
            self,
            exercise: Exercise,
            source: str,
            *,
            seed: int | None = None,
            meanwhile: Callable[[], object] | None = None,
            filename: str | None = None,
        ) -> Verdict:
            def then_look() -> None:
                assert meanwhile is not None
                meanwhile()
                found = attempts_for(dojo.store, learner=dojo.learner, exercise_id=BROADCAST)
                seen.append([a.status for a in found])

            return dojo.grader.grade(
                exercise, source, seed=seed, meanwhile=then_look, filename=filename
            )

    result = check_exercise(
        dojo.store, Watching(), learner=dojo.learner, exercise=exercise, source=WRONG
    )
    assert seen == [["running"]]
    [attempt] = attempts_for(dojo.store, learner=dojo.learner, exercise_id=BROADCAST)
    assert attempt.id == result.attempt_id and attempt.status == "failed"


def test_a_check_that_cannot_be_graded_is_still_recorded(dojo: Dojo, content: Path) -> None:
    folder = content.joinpath(*BROADCAST.split("."))
    (folder / "cases.py").write_text("raise RuntimeError('broken cases')\n")
    exercise = dojo.catalog.get(BROADCAST)
    with pytest.raises(ContentError):
        check_exercise(
            dojo.store, dojo.grader, learner=dojo.learner, exercise=exercise, source=WRONG
        )
    [attempt] = attempts_for(dojo.store, learner=dojo.learner, exercise_id=BROADCAST)
    assert attempt.status == "interrupted" and attempt.source == WRONG


def test_hints_and_the_solution_mark_later_attempts(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    first = hint(dojo, BROADCAST)
    second = hint(dojo, BROADCAST)
    assert (first.number, second.number) == (1, 2) and first.text != second.text
    after_hint = check_exercise(
        dojo.store, dojo.grader, learner=dojo.learner, exercise=exercise, source=WRONG
    )
    assert after_hint.after_hint and not after_hint.after_solution
    shown = solution(dojo, BROADCAST)
    assert "offsets[:, None]" in shown.code and "broadcast" in shown.note
    after_solution = check_exercise(
        dojo.store,
        dojo.grader,
        learner=dojo.learner,
        exercise=exercise,
        source=exercise.solution_source(),
    )
    assert after_solution.verdict.passed and after_solution.after_solution
    mine = progress(dojo)[BROADCAST]
    assert (mine.attempts, mine.passes, mine.hints_seen, mine.solution_seen) == (2, 1, 2, True)


def test_hints_run_out_politely(dojo: Dojo) -> None:
    total = len(dojo.catalog.get(BROADCAST).hints)
    shown = [hint(dojo, BROADCAST) for _ in range(total + 2)]
    assert [s.number for s in shown[:total]] == list(range(1, total + 1))
    assert shown[-1].text is None and shown[-1].total == total


@pytest.mark.parametrize("grader", ["inline", "process"])
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_check_stopped_by_a_signal_is_recorded_as_interrupted(
    tmp_path: Path, content: Path, signum: int, grader: str
) -> None:
    """Inline, the CLI records it; through the grader process, the grader stops the
    check and records it before the CLI exits."""
    home = tmp_path / "sighome"
    env = _env(home, content, grader)
    child, store = _start_slow_check(tmp_path, home, env)
    try:
        child.send_signal(signum)
        _, err = child.communicate(timeout=60)
        assert child.returncode == 130, err
        assert "Interrupted" in err and "Traceback" not in err
        with store.session() as session:
            [attempt] = session.scalars(select(Attempt)).all()
        assert attempt.status == "interrupted" and attempt.finished_at is not None
    finally:
        store.dispose()
        _stop_grader(env)


def test_a_killed_cli_leaves_its_check_to_the_grader_which_records_it(
    tmp_path: Path, content: Path
) -> None:
    home = tmp_path / "killhome"
    env = _env(home, content, "process")
    child, store = _start_slow_check(tmp_path, home, env)
    try:
        child.kill()
        child.communicate(timeout=60)
        deadline = time.monotonic() + 60
        status = "running"
        while status == "running" and time.monotonic() < deadline:
            time.sleep(0.2)
            with store.session() as session:
                status = session.scalars(select(Attempt.status)).one()
        assert status == "interrupted"
    finally:
        store.dispose()
        _stop_grader(env)


def _env(home: Path, content: Path, grader: str) -> dict[str, str]:
    return {
        **os.environ,
        "MLDOJO_HOME": str(home),
        "MLDOJO_CONTENT": str(content),
        "MLDOJO_GRADER": grader,
        "MLDOJO_GRADER_IDLE_S": "120",
    }


def _stop_grader(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "mldojo", "grader", "stop"],
        env=env,
        capture_output=True,
        check=False,
    )


def _start_slow_check(
    tmp_path: Path, home: Path, env: dict[str, str]
) -> tuple[subprocess.Popen[str], Store]:
    """Start `mldojo check` on code that sleeps, and wait until its attempt is written."""
    source = tmp_path / "slow.py"
    source.write_text("import time\ndef add_row_offsets(X, o):\n    time.sleep(30)\n")
    child = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "check", BROADCAST, "--file", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    store = None
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if not (home / "mldojo.db").exists():
            continue
        store = store or open_store(f"sqlite:///{home / 'mldojo.db'}", migrate=False)
        try:
            with store.session() as session:
                if session.scalars(select(Attempt)).first():
                    return child, store
        except StoreError:
            continue
        except OperationalError:
            continue
    child.kill()
    raise AssertionError("the check never recorded its attempt")


def test_an_attempt_left_running_by_a_dead_process_becomes_interrupted(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    attempt_id = begin_attempt(dojo.store, learner=dojo.learner, exercise=exercise, source=WRONG).id
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dojo.store.write(lambda s: setattr(s.get_one(Attempt, attempt_id), "pid", int(dead.stdout)))
    assert reconcile_interrupted(dojo.store) == 1
    with dojo.store.session() as session:
        assert session.get_one(Attempt, attempt_id).status == "interrupted"


def test_an_attempt_gone_before_its_verdict_is_recorded_is_a_clear_error(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    begun = begin_attempt(dojo.store, learner=dojo.learner, exercise=exercise, source=WRONG)
    verdict = dojo.grader.grade(exercise, WRONG)
    dojo.store.write(lambda s: s.delete(s.get_one(Attempt, begun.id)))
    with pytest.raises(StoreError, match=f"Attempt {begun.id} is no longer in the database"):
        finish_attempt(dojo.store, begun.id, verdict)


def test_drafts_are_kept_per_learner_and_exercise(dojo: Dojo) -> None:
    dojo.store  # noqa: B018 - opens and migrates the database
    ensure_learner(dojo.store, "other")
    save_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST, source="v1")
    save_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST, source="v2")
    save_draft(dojo.store, learner="other", exercise_id=BROADCAST, source="theirs")
    assert load_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST) == "v2"
    assert load_draft(dojo.store, learner="other", exercise_id=BROADCAST) == "theirs"


def test_a_first_draft_saved_by_two_tabs_at_once_is_kept(dojo: Dojo) -> None:
    """Two saves of an exercise's first draft at once (the page's last save and the one
    as it is left, or two tabs) both found no draft: the second to write it met the
    first one's row and failed (a 500, its text lost). It now updates that row."""
    import threading
    import time

    from sqlalchemy import insert

    from mldojo.store.models import Draft

    dojo.store  # noqa: B018 - opens and migrates the database
    failed: list[BaseException] = []

    def save() -> None:
        try:
            save_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST, source="newer")
        except BaseException as exc:
            failed.append(exc)

    # The other tab's save has written its row and not yet committed it when this one
    # looks for a draft, finds none, and goes to write one.
    with dojo.store.engine.connect() as other:
        transaction = other.begin()
        other.execute(
            insert(Draft).values(learner_id=dojo.learner, exercise_id=BROADCAST, source="older")
        )
        saving = threading.Thread(target=save)
        saving.start()
        time.sleep(0.5)
        transaction.commit()
    saving.join(timeout=60)
    assert not failed, failed
    assert load_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST) == "newer"


def test_killing_the_cli_mid_check_leaves_a_consistent_database(
    tmp_path: Path, content: Path
) -> None:
    home = tmp_path / "killhome"
    child, store = _start_slow_check(tmp_path, home, _env(home, content, "inline"))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    with store.session() as session:
        [attempt] = session.scalars(select(Attempt)).all()
    assert attempt.status == "running"  # nothing could mark it: the process died at once
    assert reconcile_interrupted(store) == 1
    with store.session() as session:
        [attempt] = session.scalars(select(Attempt)).all()
    assert attempt.status == "interrupted" and "time.sleep(30)" in attempt.source
    store.dispose()


def test_the_grader_is_behind_one_interface(settings: Settings) -> None:
    catalog = load_catalog(content_root=settings.content_root)
    exercise = catalog.get(BROADCAST)
    verdict = LocalGrader().grade(exercise, exercise.solution_source(), seed=5)
    assert verdict.passed and verdict.seed == 5 and verdict.version == exercise.version
