"""Rich rendering of the learner model's answers: next steps, review, journal, report.

No decisions are made here; everything shown comes from `mldojo.learning`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from mldojo.cli.render import counted, mldojo
from mldojo.words import shown_plainly

if TYPE_CHECKING:
    from mldojo.learning.agenda import ReviewItem, ReviewStart
    from mldojo.learning.journal import Note, Streak
    from mldojo.learning.recommend import Recommendation
    from mldojo.learning.report import AreaScore, ReadinessReport

console = Console(highlight=False)


def area_cell(area: AreaScore) -> Text:
    if area.score is None:
        return Text.assemble(("no evidence yet", "dim italic"), (f" {area.low}–{area.high}", "dim"))
    style = "green" if area.status == "ready" else "yellow"
    return Text.assemble(
        (f"{area.score:3d}", f"bold {style}"), (f"  {area.low}–{area.high}", "dim")
    )


def streak_line(streak: Streak | None, reviews_due: int) -> str:
    parts = []
    if streak is not None and streak.current:
        parts.append(
            f"streak {counted(streak.current, 'day')}"
            + ("" if streak.today else ", keep it going today")
        )
        if streak.longest > streak.current:
            parts.append(f"longest {streak.longest}")
    elif streak is not None and streak.longest:
        parts.append(
            f"no streak now (longest {counted(streak.longest, 'day')}): a check or a "
            "journal entry today starts a new one"
        )
    elif streak is not None:
        parts.append("no streak yet: a check or a journal entry today starts one")
    if reviews_due:
        parts.append(f"[yellow]{counted(reviews_due, 'review')} due[/yellow] (mldojo review)")
    else:
        parts.append("no reviews due")
    return " · ".join(parts)


def next_steps(found: list[Recommendation]) -> None:
    if not found:
        console.print("Nothing to suggest: every exercise this machine can run is mastered.")
        return
    for number, r in enumerate(found, 1):
        e = r.exercise
        # Each step's lines hang under its number, however narrow the terminal.
        lines = [
            f"[bold]{escape(e.title)}[/bold]",
            f"[cyan]{mldojo()} start {e.id}[/cyan]  [dim]difficulty {e.difficulty}, about "
            f"{e.minutes} min, {round(100 * r.predicted)}% predicted to pass[/dim]",
            escape(r.reason),
            *(f"[dim]{escape(more)}[/dim]" for more in r.reasons[1:3]),
        ]
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column()
        table.add_row(f"{number}.", "\n".join(lines))
        console.print(table)


def review(items: list[ReviewItem], begun: ReviewStart | None) -> None:
    if not items or begun is None:
        console.print("No skill is due for review. [dim]mldojo next shows what to learn.[/dim]")
        return
    console.print(f"{counted(len(items), 'skill')} due for review:")
    widest = max(len(i.exercise.id) for i in items) + len(" (passed before)")
    if console.width < widest + 50:  # no room for a readable table: a skill per line
        for item in items:
            console.print(f"  {escape(item.skill_title)} [dim]({item.words})[/dim]")
            later = "" if item.fresh else " [dim](passed before)[/dim]"
            console.print(f"    review with {item.exercise.id}{later}", soft_wrap=True)
    else:
        table = Table(box=None, padding=(0, 2), header_style="bold")
        # The skill's title wraps; the exercise id is never cut short, or it could not
        # be copied.
        table.add_column("skill")
        table.add_column("due", no_wrap=True)
        table.add_column("review with", no_wrap=True, overflow="fold")
        for item in items:
            table.add_row(
                escape(item.skill_title),
                item.words,
                f"{item.exercise.id}{'' if item.fresh else ' (passed before)'}",
            )
        console.print(table)
    item = begun.item
    console.print(
        f"\nFirst: {escape(item.skill_title)}, with [bold]{escape(item.exercise.title)}[/bold]."
    )
    if begun.started.created:
        console.print("Wrote a fresh starter. Edit this file:")
    else:
        console.print("Your file is kept as it is. Edit it:")
    console.print(str(begun.started.path), soft_wrap=True, markup=False)
    console.print("Then run:")
    check = begun.check_command  # said as "mldojo check ...": with this command's packs
    if check.startswith("mldojo "):
        check = mldojo(markup=False) + check.removeprefix("mldojo")
    console.print(check, soft_wrap=True, markup=False, style="cyan")
    console.print("The check records the review; `mldojo review` then moves on to the next one.")


def journal_added(note: Note) -> None:
    console.print(f"Noted in your journal ({note.created_at.astimezone():%Y-%m-%d %H:%M}).")


def journal(notes: list[Note]) -> None:
    if not notes:
        console.print(
            "Your journal is empty. [cyan]mldojo journal add 'what I learned today'[/cyan] "
            "starts it."
        )
        return
    for note in notes:
        console.print(
            f"[dim]{note.created_at.astimezone():%Y-%m-%d %H:%M}[/dim]  "
            f"{escape(shown_plainly(note.text))}"
        )


def report(data: ReadinessReport, written: list[Path]) -> None:
    from mldojo.learning.report import BAR_SCORE

    console.print(
        Text("Readiness report", style="bold cyan"),
        Text(f"  scores 0 to 100, 80% interval, bar {BAR_SCORE}", style="dim"),
    )
    if data.empty:
        console.print(
            "[yellow]No evidence yet:[/yellow] no score is claimed until you check an exercise."
        )
    table = Table(box=None, padding=(0, 2), header_style="bold")
    for column in ("area", "score", "status", "evidence"):
        table.add_column(column)
    for area in data.areas:
        passed = sum(e.passed for e in area.evidence)
        table.add_row(
            area.title,
            area_cell(area),
            area.status,
            f"{area.evidence_summary}; {passed} passed" if area.evidence else "",
        )
    console.print(table)
    if data.strongest or data.weakest:
        console.print(
            "Strongest: "
            + (
                ", ".join(
                    f"{escape(s.title)} ({round(100 * (s.mastery or 0))})" for s in data.strongest
                )
                or data.no_strongest
            )
        )
        console.print(
            "Weakest: "
            + (
                ", ".join(
                    f"{escape(s.title)} ({round(100 * (s.mastery or 0))})" for s in data.weakest
                )
                or data.no_weakest
            )
        )
    console.print(streak_line(data.streak, data.reviews_due))
    console.print(Text("\nNext", style="bold"))
    next_steps(list(data.next))
    console.print(Text("\nThis week", style="bold"))
    week = Table.grid(padding=(0, 2))
    week.add_column(no_wrap=True)
    week.add_column()
    for day in data.plan:
        work = [f"review {t}" for _, t in day.reviews] + [r.exercise.id for r in day.exercises]
        week.add_row(f"  {day.day:%a %d %b}", escape(", ".join(work) or "rest"))
    console.print(week)
    for path in written:
        console.print(f"Wrote {path}", soft_wrap=True, markup=False)
