"""`mldojo validate`: the catalog's own proof, with a progress bar and a table of reasons."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from mldojo.grading.validate import Report
from mldojo.learning.dojo import Dojo, validate


def run_validate(dojo: Dojo, paths: list[Path], *, as_json: bool) -> bool:
    errors = Console(stderr=True)
    with Progress(
        TextColumn("validating"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=errors,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)
        reports = validate(
            dojo,
            paths,
            on_start=lambda total: bar.update(task, total=total),
            on_done=lambda r: bar.update(task, advance=1, description=r.exercise),
        )
    ok = all(r.ok for r in reports)
    if as_json:
        sys.stdout.write(
            json.dumps({"ok": ok, "exercises": [r.to_json() for r in reports]}, indent=2) + "\n"
        )
    else:
        _table(reports)
    return ok


def _table(reports: list[Report]) -> None:
    console = Console(highlight=False)
    table = Table(box=None, padding=(0, 2))
    table.add_column("exercise", no_wrap=True)
    table.add_column("result")
    table.add_column("why", overflow="fold")
    for report in reports:
        result = Text("ok", style="green") if report.ok else Text("wrong", style="bold red")
        table.add_row(report.exercise, result, "\n".join(report.problems))
    console.print(table)
    bad = sum(not r.ok for r in reports)
    if bad:
        console.print(f"[red]{bad} of {len(reports)} exercises are wrong.[/red]")
    else:
        console.print(f"[green]All {len(reports)} exercises are valid.[/green]")
