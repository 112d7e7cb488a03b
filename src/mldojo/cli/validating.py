"""`mldojo validate`: the catalog's own proof, with a progress bar and a table of reasons."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from mldojo.cli.render import counted
from mldojo.errors import UsageError
from mldojo.grading.mutation import (
    DEFAULT_CAP,
    MIN_MEDIAN,
    MIN_SCORE,
    MutationRun,
    MutationSummary,
)
from mldojo.grading.validate import Report, mutation_summary
from mldojo.learning.dojo import Dojo, validate


def run_validate(
    dojo: Dojo,
    paths: list[Path],
    *,
    as_json: bool,
    mutants: bool = False,
    show_survivors: bool = False,
    max_mutants: int = DEFAULT_CAP,
) -> bool:
    """Validate (and with `mutants`, score the checks); whether everything passed."""
    errors = Console(stderr=True)
    with Progress(
        TextColumn("{task.fields[label]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,  # else it leaves an empty line in a log
    ) as bar:
        task = bar.add_task("", total=None, label="validating")
        reports = validate(
            dojo,
            paths,
            on_start=lambda total: bar.update(task, total=total),
            on_done=lambda r: bar.update(task, advance=1, description=r.exercise),
            mutants=_MutantProgress(bar).run(max_mutants) if mutants else None,
        )
    if paths and not reports:  # a CI job that validates nothing must not pass
        named = ", ".join(f"'{p}'" for p in paths)
        raise UsageError(
            f"No exercise found under {named}: pass an exercise folder or a pack (a folder "
            "of exercise folders), or nothing for the whole catalog."
        )
    ok = all(r.ok for r in reports)
    found: dict[str, object] = {"ok": ok, "exercises": [r.to_json() for r in reports]}
    summary = mutation_summary(reports, cap=max_mutants) if mutants else None
    if summary is not None:
        ok = ok and summary.ok
        found.update(ok=ok, mutants=summary.to_json())
    if as_json:
        sys.stdout.write(json.dumps(found, indent=2) + "\n")
    else:
        _table(reports, mutants=mutants, show_survivors=show_survivors)
        if summary is not None:
            _mutation_verdict(summary)
    return ok


class _MutantProgress:
    """One bar for all mutants, and one per exercise while its mutants are graded."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.total = bar.add_task("", total=None, label="mutants", visible=False)
        self.rows: dict[str, TaskID] = {}

    def run(self, cap: int) -> MutationRun:
        return MutationRun(cap=cap, on_start=self.start, on_progress=self.progress)

    def start(self, total: int) -> None:
        self.bar.update(self.total, total=total, visible=True)

    def progress(self, exercise: str, done: int, total: int) -> None:
        if exercise not in self.rows:
            self.rows[exercise] = self.bar.add_task(exercise, total=total, label="  ")
        self.bar.update(self.rows[exercise], completed=done)
        self.bar.update(self.total, advance=1, description=exercise)
        if done >= total:
            self.bar.remove_task(self.rows.pop(exercise))


def _table(reports: list[Report], *, mutants: bool = False, show_survivors: bool = False) -> None:
    console = Console(highlight=False)
    table = Table(box=None, padding=(0, 2))
    table.add_column("exercise", no_wrap=True)
    table.add_column("result")
    if mutants:
        table.add_column("mutants", no_wrap=True)
    table.add_column("why", overflow="fold")
    for report in reports:
        if not report.ok:
            result, why = Text("wrong", style="bold red"), "\n".join(report.problems)
        elif report.skipped:
            result, why = Text("skipped", style="yellow"), f"not run here: {report.skipped}"
        else:
            result, why = Text("ok", style="green"), ""
        if not mutants:
            table.add_row(report.exercise, result, why)
            continue
        score, notes = _mutant_cells(report, show_survivors)
        table.add_row(report.exercise, result, score, "\n".join(filter(None, [why, *notes])))
    console.print(table)
    bad = sum(not r.ok for r in reports)
    skipped = sum(r.ok and r.skipped is not None for r in reports)
    if bad:
        verb = "is" if bad == 1 else "are"
        console.print(f"[red]{bad} of {counted(len(reports), 'exercise')} {verb} wrong.[/red]")
    elif skipped:
        console.print(
            f"[green]{_all_valid(len(reports))}[/green] [yellow]({skipped} checked "
            "without running: this machine cannot run them).[/yellow]"
        )
    else:
        console.print(f"[green]{_all_valid(len(reports))}.[/green]")


def _all_valid(total: int) -> str:
    return "The exercise is valid" if total == 1 else f"All {total} exercises are valid"


def _mutant_cells(report: Report, show_survivors: bool) -> tuple[Text, list[str]]:
    """`killed/total score`, coloured by the bar, and the lines it adds to "why"."""
    found = report.mutants
    if found is None:
        return Text("-", style="dim"), []
    if found.score is None:
        return Text("none", style="bold red"), [f"mutants: {found.problem}"]
    style = (
        "green"
        if found.score >= MIN_MEDIAN
        else "yellow"
        if found.score >= MIN_SCORE
        else "bold red"
    )
    cell = Text(f"{found.killed}/{found.total}  {found.score:.2f}", style=style)
    notes = []
    if show_survivors:
        notes += [f"survives: {s.description}" for s in found.survivors]
        notes += [f"checks raised on {e.description}: {e.error}" for e in found.checker_errors]
    else:
        if found.survivors:
            survive = "survives" if len(found.survivors) == 1 else "survive"
            notes.append(
                f"{counted(len(found.survivors), 'mutant')} {survive} (--show-survivors lists them)"
            )
        if found.checker_errors:  # the exercise's own checks are at fault: always said
            notes.append(
                f"the checks raised on {counted(len(found.checker_errors), 'mutant')}: a "
                "learner's wrong code would get no verdict (--show-survivors lists them)"
            )
    return cell, notes


def _mutation_verdict(summary: MutationSummary) -> None:
    console = Console(highlight=False)
    if summary.median is None or summary.minimum is None:
        console.print("[red]No exercise had mutants to grade.[/red]")
        return
    console.print(
        f"Mutation score over {counted(summary.scored, 'exercise')}: median {summary.median:.2f}, "
        f"minimum {summary.minimum:.2f}; {len(summary.below_minimum)} below {MIN_SCORE:.2f}, "
        f"{summary.below_target} below {MIN_MEDIAN:.2f}."
    )
    console.print(Text(summary.rule, style="dim"))
    if summary.ok:
        console.print("[green]The checks meet the mutation bar.[/green]")
        return
    missed = []
    if summary.median < MIN_MEDIAN:
        missed.append(f"the median {summary.median:.2f} is below {MIN_MEDIAN:.2f}")
    if summary.below_minimum:
        missed.append(
            f"{', '.join(summary.below_minimum)} "
            f"{'is' if len(summary.below_minimum) == 1 else 'are'} below {MIN_SCORE:.2f}"
        )
    if summary.unmeasured:
        missed.append(f"{', '.join(summary.unmeasured)} could not be measured")
    console.print(f"[red]The checks miss the mutation bar: {'; '.join(missed)}.[/red]")
