"""`mldojo watch`: re-check on every save, and move on once the exercise passes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.markup import escape

from mldojo.cli import render
from mldojo.errors import Interrupted, MldojoError
from mldojo.learning.dojo import Dojo, check, next_exercise, start


@dataclass
class Session:
    """What this run of `watch` has done, to say when Ctrl-C stops it."""

    exercise: str = ""
    path: Path | None = None
    checks: int = 0
    checking: bool = False


def watch_loop(dojo: Dojo, exercise_id: str) -> int:
    """Watch until every exercise is passed (exit status 0) or Ctrl-C (130)."""
    session = Session()
    try:
        _watch(dojo, exercise_id, session)
    except (Interrupted, KeyboardInterrupt):  # watchfiles turns the signal into the latter
        render.console.print(_stopped(session), markup=False)
        return Interrupted.exit_code
    return 0


def _watch(dojo: Dojo, exercise_id: str, session: Session) -> None:
    console = render.console
    current: str | None = exercise_id
    while current is not None:
        exercise = dojo.catalog.get(current)
        path = start(dojo, current).path
        session.exercise, session.path = current, path
        console.print(f"\n[bold]{escape(exercise.title)}[/bold] ({escape(current)})")
        console.print(f"Watching {path}: save it to check. Ctrl-C stops.", markup=False)
        passed = False
        if path.read_text(encoding="utf-8", errors="replace") != exercise.starter():
            passed = _check(dojo, current, path, session)
        replaced = False
        while not passed:
            folder = _wait_for_folder(path.parent)
            if replaced and path.exists():  # saved into a new folder, unseen: check it
                passed = _check(dojo, current, path, session)
                if passed:
                    break
            passed = _watch_folder(dojo, current, path, session, folder)
            replaced = True  # it returns unpassed only when the folder is not the same
        upcoming = next_exercise(dojo, current)
        if upcoming is None:
            console.print("[bold green]Every exercise is passed. Well done.[/bold green]")
            return
        console.print(f"Next: {upcoming.id}")
        current = upcoming.id


# How often the watcher looks whether the folder it watches is still the same one: a
# folder deleted (or replaced) under it sends no more events, so saves would go unseen.
RECHECK_MS = 1000


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        found = folder.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _wait_for_folder(folder: Path) -> tuple[int, int]:
    """The folder's identity, once it exists (it may have been deleted meanwhile)."""
    import time

    waited = False
    while (found := _identity(folder)) is None:
        if not waited:
            render.console.print(
                f"{folder} is gone; watching goes on once it is back.", markup=False
            )
            waited = True
        time.sleep(RECHECK_MS / 1000)
    return found


def _watch_folder(
    dojo: Dojo, exercise_id: str, path: Path, session: Session, folder: tuple[int, int]
) -> bool:
    """Check on each save until the exercise passes (True), or until the folder is no
    longer the one watched (False: the caller watches it anew)."""
    import watchfiles

    itself = str(path.parent)
    for changes in watchfiles.watch(
        path.parent,
        watch_filter=_only(path, path.parent),
        debounce=200,
        raise_interrupt=True,
        rust_timeout=RECHECK_MS,
        yield_on_timeout=True,
    ):
        # Its deletion is an event; a folder renamed into its place may not be (and may
        # even reuse the number the old one had), hence both tests.
        if any(changed == itself for _, changed in changes) or _identity(path.parent) != folder:
            return False
        if changes and path.exists() and _check(dojo, exercise_id, path, session):
            return True
    return False


def _stopped(session: Session) -> str:
    """What Ctrl-C stopped and what is kept: the file as last saved, every check made."""
    if session.path is None:
        return "Stopped before watching anything; nothing was changed."
    kept = (
        f"your file {session.path} is kept as you last saved it"
        if session.path.exists()
        else f"your file {session.path} is gone (deleted while watching; "
        f"`{render.mldojo(markup=False)} start {session.exercise}` writes it again)"
    )
    if session.checks:
        verb = "is" if session.checks == 1 else "are"
        kept += f", and the {render.counted(session.checks, 'check')} made here {verb} recorded"
    elif not session.checking:
        kept += "; no check ran while watching"
    during = " during a check, which is recorded as interrupted" if session.checking else ""
    return f"Stopped watching {session.exercise}{during}: {kept}."


def _only(*paths: Path) -> Callable[[Any, str], bool]:
    targets = {str(path) for path in paths}
    return lambda _change, changed: changed in targets


def _check(dojo: Dojo, exercise_id: str, path: Path, session: Session) -> bool:
    session.checking = True  # left set if Ctrl-C stops the check
    try:
        result = check(dojo, exercise_id, file=path)
    except MldojoError as exc:
        session.checking = False
        render.console.print(f"[red]{render.escape(exc.message)}[/red]")
        return False
    session.checking = False
    session.checks += 1
    render.verdict(result)
    return result.verdict.passed
