"""`mldojo watch`: re-check on every save, and move on once the exercise passes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mldojo.cli import render
from mldojo.errors import MldojoError
from mldojo.learning.dojo import Dojo, check, next_exercise, start


def watch_loop(dojo: Dojo, exercise_id: str) -> None:
    import watchfiles

    console = render.console
    current: str | None = exercise_id
    while current is not None:
        exercise = dojo.catalog.get(current)
        path = start(dojo, current).path
        console.print(f"\n[bold]{exercise.title}[/bold] ({current})")
        console.print(f"Watching {path}: save it to check. Ctrl-C stops.", markup=False)
        passed = False
        if path.read_text(encoding="utf-8", errors="replace") != exercise.starter():
            passed = _check(dojo, current, path)
        if not passed:
            for _changes in watchfiles.watch(
                path.parent, watch_filter=_only(path), debounce=200, raise_interrupt=True
            ):
                if path.exists() and _check(dojo, current, path):
                    break
        upcoming = next_exercise(dojo, current)
        if upcoming is None:
            console.print("[bold green]Every exercise is passed. Well done.[/bold green]")
            return
        console.print(f"Next: {upcoming.id}")
        current = upcoming.id


def _only(path: Path) -> Callable[[Any, str], bool]:
    target = str(path)
    return lambda _change, changed: changed == target


def _check(dojo: Dojo, exercise_id: str, path: Path) -> bool:
    try:
        result = check(dojo, exercise_id, file=path)
    except MldojoError as exc:
        render.console.print(f"[red]{render.escape(exc.message)}[/red]")
        return False
    render.verdict(result)
    return result.verdict.passed
