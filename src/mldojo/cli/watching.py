"""`mldojo watch`: re-check on every save, and move on once the exercise passes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    import watchfiles

    console = render.console
    current: str | None = exercise_id
    while current is not None:
        exercise = dojo.catalog.get(current)
        path = start(dojo, current).path
        session.exercise, session.path = current, path
        console.print(f"\n[bold]{exercise.title}[/bold] ({current})")
        console.print(f"Watching {path}: save it to check. Ctrl-C stops.", markup=False)
        passed = False
        if path.read_text(encoding="utf-8", errors="replace") != exercise.starter():
            passed = _check(dojo, current, path, session)
        if not passed:
            for _changes in watchfiles.watch(
                path.parent, watch_filter=_only(path), debounce=200, raise_interrupt=True
            ):
                if path.exists() and _check(dojo, current, path, session):
                    break
        upcoming = next_exercise(dojo, current)
        if upcoming is None:
            console.print("[bold green]Every exercise is passed. Well done.[/bold green]")
            return
        console.print(f"Next: {upcoming.id}")
        current = upcoming.id


def _stopped(session: Session) -> str:
    """What Ctrl-C stopped and what is kept: the file as last saved, every check made."""
    if session.path is None:
        return "Stopped before watching anything; nothing was changed."
    kept = f"your file {session.path} is kept as you last saved it"
    if session.checks:
        verb = "is" if session.checks == 1 else "are"
        kept += f", and the {render.counted(session.checks, 'check')} made here {verb} recorded"
    elif not session.checking:
        kept += "; no check ran while watching"
    during = " during a check, which is recorded as interrupted" if session.checking else ""
    return f"Stopped watching {session.exercise}{during}: {kept}."


def _only(path: Path) -> Callable[[Any, str], bool]:
    target = str(path)
    return lambda _change, changed: changed == target


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
