"""Rich rendering of what the learning layer returns. No decisions are made here."""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.markup import escape as escape
from rich.padding import Padding
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from mldojo.words import counted as counted

if TYPE_CHECKING:  # annotations only: `mldojo check` must not import the database
    from mldojo.catalog.exercise import Exercise
    from mldojo.grading.sandbox import Protection
    from mldojo.learning.dojo import Home
    from mldojo.learning.hints import HintShown, SolutionShown
    from mldojo.learning.progress import ExerciseStatus
    from mldojo.learning.results import CheckResult
    from mldojo.learning.workspace import Started

console = Console(highlight=False)

# How to call mldojo in the commands shown: with the --pack folders this command was
# given, since an exercise from such a pack is unknown to a later command without them.
_command = "mldojo"


def use_packs(packs: Sequence[Path]) -> None:
    global _command
    once = {p.resolve(): p for p in reversed(packs)}  # a pack named twice is loaded once
    named = [p for p in packs if once.get(p.resolve()) is p]
    _command = shlex.join(["mldojo", *(arg for p in named for arg in ("--pack", str(p)))])


def mldojo(markup: bool = True) -> str:
    """`mldojo`, with the --pack options this command was given (escaped for markup)."""
    return escape(_command) if markup else _command


def _python(code: str) -> Any:
    from rich.syntax import Syntax

    # Wrapped, not cropped at the terminal's width: the end of a line is code too.
    return Syntax(code, "python", theme="ansi_dark", background_color="default", word_wrap=True)


def _markdown(text: str) -> Any:
    """Markdown for the terminal, its `$math$` shown as the TeX it is written in.

    Read by Markdown's rules, TeX loses what they mean there: `x_i ... y_j` turns
    italic, `\\,` drops its backslash, a `+` opening a line of `$$...$$` becomes a
    bullet. The math is read as the web app reads it, then shown as code.
    """
    # With their parsers: only where Markdown is shown.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from rich.markdown import Markdown

    shown = Markdown("")  # parsed below, with the math plugin, once
    parser = MarkdownIt().enable("strikethrough").enable("table")
    parser.use(dollarmath_plugin, allow_digits=False, double_inline=True)
    shown.markup, shown.parsed = text, _tex_as_code(parser.parse(text))
    return shown


def _tex_as_code(tokens: list[Any]) -> list[Any]:
    for token in tokens:
        if token.type in ("math_inline", "math_inline_double"):
            token.type, token.tag = "code_inline", "code"
        elif token.type in ("math_block", "math_block_label"):
            token.type, token.tag, token.info = "fence", "code", "text"
        if token.children:
            _tex_as_code(token.children)
    return tokens


STATUS_STYLE = {"new": "dim", "tried": "yellow", "passed": "green"}


def stars(difficulty: int) -> str:
    return "★" * difficulty + "☆" * (5 - difficulty)


def home(data: Home) -> None:
    console.print(
        Text("mldojo", style="bold cyan"),
        Text(
            f"  {data.passed} of {counted(data.total, 'exercise')} passed, "
            f"{counted(data.attempts, 'attempt')}",
            style="dim",
        ),
    )
    from mldojo.cli.coaching import area_cell, streak_line

    mastery = {m.id: m for m in data.mastery}
    # Sized to fit an 80-column terminal without wrapping a row. A narrower one loses
    # the bar (and below 50 columns the tries), and names wrap: no figure is cut.
    wide, tries = console.width >= 80, console.width >= 50
    table = Table(box=None, padding=(0, 1), show_header=True, header_style="bold")
    table.add_column("area", no_wrap=wide)
    table.add_column("mastery (80% range)", no_wrap=wide)
    table.add_column("passed", justify="right", no_wrap=True)
    if wide:  # the share passed, drawn beside its count (not under mastery)
        table.add_column("", width=14)
    if tries:
        table.add_column("tried", justify="right", no_wrap=True)
    for area in data.areas:
        cells: list[RenderableType] = [
            area.title,
            area_cell(mastery[area.id]) if area.id in mastery else "",
        ]
        cells.append(f"{area.passed}/{area.exercises}")
        if wide:
            cells.append(ProgressBar(total=max(area.exercises, 1), completed=area.passed, width=14))
        if tries:
            cells.append(str(area.tried))
        table.add_row(*cells)
    console.print(table)
    console.print(streak_line(data.streak, data.reviews_due))
    console.print()
    if data.suggestions:
        console.print(Text("What to do next", style="bold"))
        for s in data.suggestions:
            # The command whole on its line; what it is and why wrap under it.
            console.print(f"  [cyan]{mldojo()} start {s.exercise.id}[/cyan]", soft_wrap=True)
            why = Text.assemble(s.exercise.title, " ", (f"({s.reason})", "dim"))
            console.print(Padding(why, (0, 0, 0, 4)))
    else:
        console.print("[green]Every exercise is passed.[/green]")
    console.print(
        "\n[dim]mldojo next · mldojo review · mldojo report · mldojo check ID · mldojo --help[/dim]"
    )


def listing(
    rows: list[tuple[Exercise, ExerciseStatus]], unavailable: Mapping[str, str] | None = None
) -> None:
    """The catalog by area; an exercise this machine cannot run is marked `unavailable`."""
    unavailable = unavailable or {}
    if not rows:
        console.print("No exercises match.")
        return
    # Where the title fits beside the id it gets a column; in a narrower terminal it
    # goes under the id (with the minutes), so neither is cut to a few letters; in a
    # narrower one still, so do the kind, level and status, which must stay in sight.
    widest: dict[str, int] = {}
    for exercise, _ in rows:
        widest[exercise.area] = max(widest.get(exercise.area, 0), len(exercise.id))
    beside = console.width >= max(widest.values()) + 90
    if console.width < max(widest.values()) + 34:
        _listing_lines(rows, unavailable)
    else:
        _listing_tables(rows, unavailable, widest, beside=beside)
    if unavailable:
        console.print(
            f"[yellow]{counted(len(unavailable), 'exercise')} cannot run on this machine: "
            "`mldojo show ID` says why.[/yellow]"
        )


def _listing_tables(
    rows: list[tuple[Exercise, ExerciseStatus]],
    unavailable: Mapping[str, str],
    widest: Mapping[str, int],
    *,
    beside: bool,
) -> None:
    """The catalog as a table per area, the title beside the id where it fits."""
    area = None
    table: Table | None = None
    for exercise, status in rows:
        if exercise.area != area:
            if table is not None:
                console.print(table)
            area = exercise.area
            table = Table(
                title=area,
                title_justify="left",
                title_style="bold",
                box=None,
                padding=(0, 1),
                pad_edge=False,
            )
            table.add_column("id" if beside else "id and title", min_width=widest[area])
            columns = (
                ("title", "kind", "level", "min", "status")
                if beside
                else ("kind", "level", "status")
            )
            for column in columns:
                table.add_column(column, no_wrap=column != "title")
        assert table is not None
        title, minutes = escape(exercise.title), str(exercise.meta.minutes)
        state = Text.assemble(
            (status.value, STATUS_STYLE[status.value]),
            ("  unavailable", "bold yellow") if exercise.id in unavailable else "",
        )
        level = stars(exercise.difficulty)
        if beside:
            table.add_row(exercise.id, title, exercise.kind.value, level, minutes, state)
        else:
            under = f"{exercise.id}\n[dim]{title} · {minutes} min[/dim]"
            table.add_row(under, exercise.kind.value, level, state)
    if table is not None:
        console.print(table)


def _listing_lines(
    rows: list[tuple[Exercise, ExerciseStatus]], unavailable: Mapping[str, str]
) -> None:
    """The catalog for a narrow terminal: each exercise's id on its line, then the rest."""
    area = None
    for exercise, status in rows:
        if exercise.area != area:
            area = exercise.area
            console.print(Text(area, style="bold"))
        console.print(f"  {exercise.id}", soft_wrap=True)
        about = Text.assemble(
            (status.value, STATUS_STYLE[status.value]),
            ("  unavailable", "bold yellow") if exercise.id in unavailable else "",
            f" · {exercise.kind.value} · {stars(exercise.difficulty)}",
            (f" · {exercise.title} · {exercise.meta.minutes} min", "dim"),
        )
        console.print(Padding(about, (0, 0, 0, 4)))


def statement(exercise: Exercise, unavailable: str | None = None) -> None:
    meta = exercise.meta
    limits = meta.limits
    facts = (
        f"{meta.kind.value} · difficulty {stars(meta.difficulty)} · about {meta.minutes} min"
        f" · limits {limits.time_s:g} s, {limits.memory_mb} MB"
    )
    if meta.requires:
        facts += " · needs " + ", ".join(r.value for r in meta.requires)
    body: list[Any] = [
        Text(facts, style="dim"),
        Text("skills: " + ", ".join(meta.skills), style="dim"),
        Text(""),
        _markdown(exercise.statement()),
    ]
    console.print(
        Panel(
            Group(*body),
            title=f"[bold]{escape(exercise.title)}[/bold]",
            subtitle=exercise.id,
            title_align="left",
        )
    )
    if unavailable:
        console.print(
            f"[bold yellow]Unavailable here:[/bold yellow] [yellow]{escape(unavailable)}; "
            "`mldojo start` and `mldojo check` refuse it on this machine.[/yellow]"
        )
        return
    console.print(
        f"Start it with [cyan]{mldojo()} start {exercise.id}[/cyan], then "
        f"[cyan]{mldojo()} check {exercise.id}[/cyan]."
    )


def started(exercise_id: str, result: Started, *, fresh: bool = False) -> None:
    if result.set_aside:
        console.print(f"Your code for {exercise_id} is kept, in:")
        for path in result.set_aside:
            console.print(str(path), soft_wrap=True, markup=False)
        console.print("The starter is now in its place. Edit this file:")
    elif fresh and not result.created:
        console.print(f"Your file for {exercise_id} holds the starter already:")
    elif result.restored_code is not None:
        console.print(
            Panel(
                _python(result.restored_code),
                title=f"The code of your last check (attempt {result.restored_attempt})",
                title_align="left",
            )
        )
        console.print(
            f"There was no file for {exercise_id} in your workspace: it now holds the code "
            "of your last check (above), to go on from where you left off:"
        )
    elif result.created:
        console.print(f"Wrote the starter for {exercise_id}. Edit this file:")
    else:
        console.print(f"You already started {exercise_id}; your file is kept as it is:")
    console.print(str(result.path), soft_wrap=True, markup=False)
    console.print(
        f"Then run [cyan]{mldojo()} check {exercise_id}[/cyan] "
        f"(or [cyan]{mldojo()} watch {exercise_id}[/cyan] to check on every save)."
    )


SHOWN_FAILURES = 3


def verdict(result: CheckResult) -> None:
    v = result.verdict
    failures = 0
    for case in v.cases:
        if not case.passed:
            failures += 1
            if failures > SHOWN_FAILURES:
                continue
        mark = Text("✓ ", style="green") if case.passed else Text("✗ ", style="red")
        line = Text.assemble(mark, (case.name, "bold" if not case.passed else ""))
        console.print(line)
        if case.message:  # indented as a block, so a wrapped message stays under its case
            style = "dim" if case.passed else "red"
            console.print(Padding(Text(case.message, style=style), (0, 0, 0, 4)))
    if failures > SHOWN_FAILURES:
        console.print(
            f"[dim]… and {failures - SHOWN_FAILURES} more failing "
            f"{'case' if failures - SHOWN_FAILURES == 1 else 'cases'} "
            f"({mldojo()} check {v.exercise} --json lists them all).[/dim]"
        )
    if v.output.strip():
        console.print(
            Panel(
                Text(v.output[-2000:]),
                title="your code printed",
                title_align="left",
                border_style="dim",
            )
        )
    passed = sum(c.passed for c in v.cases)
    marks = []
    if result.after_solution:
        marks.append("after seeing the solution")
    elif result.after_hint:
        marks.append("after hints")
    note = f" ({', '.join(marks)})" if marks else ""
    if v.passed:
        console.print(
            f"[bold green]Passed[/bold green] {v.exercise}: {passed}/"
            f"{counted(len(v.cases), 'case')} in {v.duration_ms} ms{note}."
        )
    else:
        console.print(
            f"[bold red]Not yet[/bold red] ({v.status.value}): {passed}/"
            f"{counted(len(v.cases), 'case')} passed in {v.duration_ms} ms{note}. "
            f"[dim]{mldojo()} hint {v.exercise} gives a push.[/dim]"
        )


def hint(exercise_id: str, shown: HintShown) -> None:
    if shown.text is None:
        console.print(
            f"That was the last hint ({shown.total} of {shown.total}). "
            f"[cyan]{mldojo()} solution {exercise_id}[/cyan] shows the reference."
        )
        return
    console.print(
        Panel(
            _markdown(shown.text),
            title=f"Hint {shown.number} of {shown.total}",
            title_align="left",
            border_style="yellow",
        )
    )
    if not shown.last:
        console.print(f"[dim]Run {mldojo()} hint {exercise_id} again for the next one.[/dim]")


def solution(exercise: Exercise, shown: SolutionShown) -> None:
    written = exercise.kind.suffix == ".md"  # a report: Markdown, not Python
    console.print(
        Panel(
            _markdown(shown.code) if written else _python(shown.code),
            title=f"Reference for {exercise.id}",
            title_align="left",
        )
    )
    if shown.note:
        console.print(
            Panel(
                _markdown(shown.note),
                title="Why it is written this way",
                title_align="left",
                border_style="cyan",
            )
        )


def progress(report: dict[str, Any]) -> None:
    if console.width < 60:  # no room for the table's columns: a line per area
        console.print(Text("By area", style="bold"))
        for a in report["areas"]:
            figures = (
                f"{a['passed']} of {a['exercises']} passed · {a['tried']} tried · "
                f"{counted(a['attempts'], 'attempt')}"
            )
            console.print(Padding(Text.assemble(a["title"], ": ", figures), (0, 0, 0, 2)))
    else:
        table = Table(
            title="By area", title_justify="left", title_style="bold", box=None, padding=(0, 1)
        )
        for column in ("area", "exercises", "tried", "passed", "attempts"):
            table.add_column(column, justify="left" if column == "area" else "right")
        for a in report["areas"]:
            table.add_row(
                a["title"],
                str(a["exercises"]),
                str(a["tried"]),
                str(a["passed"]),
                str(a["attempts"]),
            )
        console.print(table)
    rows = [e for e in report["exercises"] if e["status"] != "new"]
    elsewhere = report["not_in_catalog"]
    if elsewhere["attempts"]:
        console.print(
            f"\n[yellow]{counted(elsewhere['attempts'], 'attempt')} at "
            f"{counted(elsewhere['exercises'], 'exercise')} this catalog does not hold: "
            "add their pack (--pack or MLDOJO_PACKS) to see them.[/yellow]"
        )
    if not rows:
        console.print("\nNo attempts yet here: [cyan]mldojo[/cyan] shows where to begin.")
        return
    console.print()
    # An id is whole or useless (it is what commands take): where the table does not fit,
    # each exercise is an id on its line and its numbers under it.
    if console.width < max(len(e["id"]) for e in rows) + 48:
        console.print(Text("By exercise", style="bold"))
        for e in rows:
            console.print(f"  {e['id']}", soft_wrap=True)
            numbers = Text.assemble(
                (e["status"], STATUS_STYLE[e["status"]]),
                f" · {counted(e['attempts'], 'attempt')}"
                f" · {counted(e['passes'], 'pass', 'passes')}"
                f" · {counted(e['hints_seen'], 'hint')}",
                " · solution seen" if e["solution_seen"] else "",
            )
            console.print(Padding(numbers, (0, 0, 0, 4)))
        return
    detail = Table(
        title="By exercise", title_justify="left", title_style="bold", box=None, padding=(0, 1)
    )
    detail.add_column("id", no_wrap=True)
    for column in ("status", "attempts", "passes", "hints", "solution"):
        detail.add_column(column, no_wrap=True)
    for e in rows:
        detail.add_row(
            e["id"],
            Text(e["status"], style=STATUS_STYLE[e["status"]]),
            str(e["attempts"]),
            str(e["passes"]),
            str(e["hints_seen"]),
            "seen" if e["solution_seen"] else "",
        )
    console.print(detail)


def doctor(found: list[Protection]) -> None:
    table = Table(box=None, padding=(0, 2))
    table.add_column("protection", no_wrap=True)
    table.add_column("")
    table.add_column("what it does, or what to do", overflow="fold")
    for p in found:
        state = Text("on", style="green") if p.on else Text("off", style="bold red")
        table.add_row(p.name, state, p.detail)
    console.print(table)
    off = [p for p in found if not p.on]
    if off:
        console.print(
            f"[yellow]{counted(len(off), 'protection')} off: checks still run, with less "
            "isolation. Server mode will refuse to start without them.[/yellow]"
        )
    else:
        console.print("[green]Every protection is on.[/green]")


def grader_status(found: dict[str, Any]) -> None:
    if not found.get("running"):
        console.print("No grader is running; the next check starts one.")
        return
    idle_left = max(0, int(found["idle_exit_s"]) - int(found["idle_s"]))
    stops = (
        f"after {counted(idle_left // 60, 'more idle minute')}"
        if idle_left >= 60
        else "within a minute unless a check comes"
    )
    console.print(
        f"The grader is running (pid {found['pid']}, up {found['up_s']} s, "
        f"{counted(found['checks'], 'check')}, {counted(found['cold_runs'], 'run')} in cold "
        f"children); it stops {stops}. Socket: {found['socket']}"
    )
    table = Table(box=None, padding=(0, 2))
    for column in ("zygote", "state", "pid", "namespaces per check", "memory (PSS)"):
        table.add_column(column, no_wrap=True)
    for z in found["zygotes"]:
        if z.get("starting"):
            state = Text("starting", style="yellow")
        elif z["running"]:
            state = Text("warm", style="green")
        else:
            state = Text("not started", style="dim")
        table.add_row(
            z["flavour"],
            state,
            str(z["pid"] or ""),
            "yes" if z["namespaces_per_check"] else "no",
            f"{z['pss_mb']:.0f} MB" if z["running"] else "",
        )
    console.print(table)
    console.print(
        f"Pool memory (PSS): {found['pool_pss_mb']:.0f} MB; the grader itself: "
        f"{found['server_pss_mb']:.0f} MB."
    )
