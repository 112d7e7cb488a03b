"""The readiness report as files: a self-contained HTML page and a PDF.

The HTML holds its plots as inline SVG and its style inline, so it opens offline
and fetches nothing. The PDF is written by Matplotlib's PdfPages on A4 pages laid out
by `layout`: the summary (each area's score, interval, status and latest evidence), one
page per plot with a caption, then the strongest and weakest skills, the next steps and
the week's plan, with the same facts as the HTML.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import stat
from datetime import datetime
from html import escape
from pathlib import Path
from typing import BinaryIO

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from mldojo.catalog.schema import HARDEST
from mldojo.errors import UsageError
from mldojo.learning.charts import ACCENT, figures
from mldojo.learning.layout import (
    INK,
    MUTED,
    Block,
    Box,
    Chapter,
    Column,
    Paragraph,
    Section,
    Sheet,
    Style,
    columns,
    draw,
    lay_out,
    paragraph,
    plot_sheet,
    row,
    rule,
    space,
)
from mldojo.learning.recommend import Recommendation
from mldojo.learning.report import (
    BAR_SCORE,
    NO_EVIDENCE,
    READY,
    AreaScore,
    EvidenceLine,
    ReadinessReport,
    SkillScore,
)
from mldojo.settings import resolved
from mldojo.words import counted

TITLE = "mldojo readiness report"  # in each file written: how an earlier report is known
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
h1 { margin-bottom: 0.2rem; } .muted { color: #777; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #ddd; }
.none { color: #999; font-style: italic; } figure { margin: 1.5rem 0; }
figure svg { max-width: 100%; height: auto; } details { margin: 0.3rem 0; }
"""


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # drop the XML prologue and doctype


def _score(value: int | None, low: int, high: int) -> str:
    if value is None:
        return f'<span class="none">{NO_EVIDENCE}</span> (could be {low} to {high})'
    return f"{value} ({low} to {high})"


def html(report: ReadinessReport) -> str:
    rows = []
    for area in report.areas:
        lines = "".join(
            f"<li>{escape(e.title)} ({e.exercise}), difficulty {e.difficulty}, "
            f"{e.at:%Y-%m-%d %H:%M}: {'passed' if e.passed else 'not passed'}"
            f"{', after hints' if e.hints else ''}"
            f"{', after the solution' if e.after_solution else ''}, weight {e.weight:.2f}</li>"
            for e in area.evidence
        )
        details = (
            f"<details><summary>{area.evidence_summary}</summary><ul>{lines}</ul></details>"
            if area.evidence
            else ""
        )
        rows.append(
            f"<tr><td>{escape(area.title)}</td><td>{_score(area.score, area.low, area.high)}</td>"
            f"<td>{escape(area.status)}</td><td>{details}</td></tr>"
        )
    skills = "".join(
        f"<li>{escape(s.title)}: {round(100 * (s.mastery or 0))} "
        f"({round(100 * s.low)} to {round(100 * s.high)})</li>"
        for s in report.strongest
    )
    weak = "".join(
        f"<li>{escape(s.title)}: {round(100 * (s.mastery or 0))} "
        f"({round(100 * s.low)} to {round(100 * s.high)})</li>"
        for s in report.weakest
    )
    plan = "".join(
        f"<tr><td>{d.day:%a %d %b}</td><td>"
        + escape(", ".join(title for _, title in d.reviews) or "-")
        + "</td><td>"
        + "<br>".join(
            f"{escape(r.exercise.title)} <span class='muted'>({escape(r.reason)})</span>"
            for r in d.exercises
        )
        + "</td></tr>"
        for d in report.plan
    )
    plots = "".join(
        f"<figure>{_svg(figure)}<figcaption>{escape(title)}</figcaption></figure>"
        for title, figure in figures(report)
    )
    steps = "".join(
        f"<li>{escape(r.exercise.title)} <span class='muted'>({escape(r.reason)})</span></li>"
        for r in report.next
    )
    empty = (
        "<p><strong>No evidence yet:</strong> no score is claimed until you check an "
        "exercise. The intervals show how little is known.</p>"
        if report.empty
        else ""
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE}</title><style>{STYLE}</style></head><body>
<h1>Readiness report</h1>
<p class="muted">{escape(report.learner)} · {report.generated_at:%Y-%m-%d %H:%M} UTC ·
scores from 0 to 100 with their 80% interval; the bar is {BAR_SCORE}</p>
{empty}
<table><tr><th>Area</th><th>Score</th><th>Status</th><th>Evidence</th></tr>{"".join(rows)}</table>
{plots}
<h2>Strongest skills</h2><ul>{skills or f'<li class="none">{report.no_strongest}</li>'}</ul>
<h2>Weakest skills</h2><ul>{weak or f'<li class="none">{report.no_weakest}</li>'}</ul>
<h2>Next steps</h2><ol>{steps or '<li class="none">every exercise is passed</li>'}</ol>
<h2>The plan for the next week</h2>
<table><tr><th>Day</th><th>Reviews due</th><th>New exercises</th></tr>{plan}</table>
</body></html>
"""


# The PDF: a summary page with the evidence, a page per plot, then the skills, the next
# steps and the plan; the summary and the last part run on to more pages where long.
PDF_PAGES = 5  # the fewest pages a PDF report has
SHOWN_EVIDENCE = 4  # attempts listed under each area, the latest first
GOOD, BAD, TRACK = "#2e7d32", "#c62828", "#e8ebef"
SMALL = Style(8.5)
NOTE = Style(8.5, color=MUTED)
LABEL = Style(8.5, "bold", MUTED)
NONE = Style(9.5, color=MUTED, italic=True)
AREA_COLUMNS = columns(150, 100, 110, 0)  # area, score, meter, status
EVIDENCE_COLUMNS = columns(0, 92, 74, 58, start=14)  # exercise, result, difficulty, date
SKILL_COLUMNS = columns(0, 100, 110)  # skill, score, meter
STEP_COLUMNS = columns(14, 0)  # number, exercise and why
PLAN_COLUMNS = columns(58, 0)  # day, its new exercises and reviews
CAPTIONS = {
    "Readiness by area": (
        "Each area's score on the 0 to 100 scale (the dots), with its 80% interval as the "
        "shaded band; the dotted ring is the bar, {bar}. An area without evidence has no dot."
    ),
    "Mastery over time": (
        "Each area's score at the end of every day with evidence, up to today; the dotted "
        "line is the bar, {bar}."
    ),
    "Evidence per area": (
        "The attempts that count in each area, passed (green) and not passed (red). The "
        "black tick is their weight: easier exercises, hints, the solution and repeats "
        "count for less than a full attempt."
    ),
}


def _meter(column: Column, score: int | None, low: int, high: int) -> tuple[Box, ...]:
    """A strip from 0 to 100: the interval as a band, the score as a tick, the bar as a
    line across; without a score, only the grey band of what it could be."""
    x, width = column.x, column.width

    def at(value: float) -> float:
        return x + width * max(0.0, min(100.0, value)) / 100

    boxes = [
        Box(x, 4, width, 7, TRACK),
        Box(at(low), 4, at(high) - at(low), 7, ACCENT if score is not None else "#9aa1ab", 0.35),
        Box(at(BAR_SCORE) - 0.4, 1.5, 0.8, 12, INK),
    ]
    if score is not None:
        boxes.append(Box(at(score) - 1.1, 2.5, 2.2, 10, ACCENT))
    return tuple(boxes)


def _when(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _help(line: EvidenceLine) -> str:
    if line.after_solution:
        return "after the solution"
    if line.hints:
        return "after a hint" if line.hints == 1 else f"after {line.hints} hints"
    return ""


def _area_block(area: AreaScore) -> Block:
    if area.score is None:
        score = [
            Paragraph(NO_EVIDENCE, NONE),
            Paragraph(f"(could be {area.low} to {area.high})", NOTE),
        ]
        status = Paragraph(area.status, NONE)
    else:
        score = [Paragraph(f"{area.score}  ({area.low} to {area.high})")]
        status = Paragraph(area.status, Style(9.5, "bold", GOOD if area.status == READY else INK))
    lines = row(
        AREA_COLUMNS,
        [[Paragraph(area.title, Style(10, "bold"))], score, [], [status]],
        _meter(AREA_COLUMNS[2], area.score, area.low, area.high),
    )
    if area.evidence:
        lines += [space(2), *paragraph(f"Evidence: {area.evidence_summary}", NOTE, x=14)]
    for e in area.evidence[:SHOWN_EVIDENCE]:
        result = Paragraph(
            "passed" if e.passed else "not passed", Style(8.5, color=GOOD if e.passed else BAD)
        )
        lines += [
            *row(
                EVIDENCE_COLUMNS,
                [
                    [Paragraph(e.title, SMALL)],
                    [result, *([Paragraph(_help(e), NOTE)] if _help(e) else [])],
                    [Paragraph(f"difficulty {e.difficulty} of {HARDEST}", NOTE)],
                    [Paragraph(_when(e.at), NOTE)],
                ],
            ),
            space(2),
        ]
    if len(area.evidence) > SHOWN_EVIDENCE:
        more = counted(len(area.evidence) - SHOWN_EVIDENCE, "more attempt")
        lines += paragraph(f"and {more}", NOTE, x=14)
    return Block((*lines, rule()))


def _summary(report: ReadinessReport) -> Chapter:
    intro = [
        *paragraph(
            f"{report.learner} · {_when(report.generated_at)}, {report.generated_at:%H:%M} UTC",
            Style(10, color=MUTED),
        ),
        space(8),
        *paragraph(
            f"Scores run from 0 to 100, each with its 80% interval; the bar is {BAR_SCORE}. An "
            "area is ready once the low end of its interval reaches the bar. In each strip "
            "below, the band is the interval, the blue tick the score and the black line the bar."
        ),
        space(6),
    ]
    if report.empty:
        intro += [
            *paragraph(
                "No evidence yet: no score is claimed until you check an exercise. The "
                "intervals show how little is known.",
                Style(9.5, "bold"),
            ),
            space(6),
        ]
    header = row(
        AREA_COLUMNS,
        [
            [Paragraph(text, LABEL)]
            for text in ("Area", "Score (80% interval)", f"0 to 100, bar at {BAR_SCORE}", "Status")
        ],
    )
    table = Section(
        None, tuple(_area_block(area) for area in report.areas), (*header, rule(INK, 1, 3))
    )
    return Chapter("Readiness report", (table,), tuple(intro))


def _skill_rows(skills: tuple[SkillScore, ...], empty: str) -> tuple[Block, ...]:
    if not skills:
        return (Block(tuple(paragraph(empty, NONE))),)
    blocks = []
    for s in skills:
        value, low, high = round(100 * (s.mastery or 0)), round(100 * s.low), round(100 * s.high)
        lines = row(
            SKILL_COLUMNS,
            [[Paragraph(s.title)], [Paragraph(f"{value}  ({low} to {high})")], []],
            _meter(SKILL_COLUMNS[2], value, low, high),
        )
        blocks.append(Block((*lines, space(3))))
    return tuple(blocks)


def _step_paragraphs(step: Recommendation) -> list[Paragraph]:
    return [Paragraph(step.exercise.title), Paragraph(step.reason, NOTE)]


def _skills_and_plan(report: ReadinessReport) -> Chapter:
    steps = tuple(
        Block((*row(STEP_COLUMNS, [[Paragraph(f"{n}.")], _step_paragraphs(step)]), space(4)))
        for n, step in enumerate(report.next, start=1)
    ) or (Block(tuple(paragraph("every exercise is passed", NONE))),)
    days = []
    for day in report.plan:
        cell = [p for r in day.exercises for p in _step_paragraphs(r)]
        cell = cell or [Paragraph("none", NONE)]
        if day.reviews:
            cell.append(Paragraph(f"Reviews due ({len(day.reviews)})", Style(8.5, "bold")))
            cell.append(Paragraph(", ".join(title for _, title in day.reviews), SMALL))
        day_name = f"{day.day:%a} {day.day.day} {day.day:%b}"
        lines = row(PLAN_COLUMNS, [[Paragraph(day_name, Style(9.5, "bold"))], cell])
        days.append(Block((*lines, rule())))
    header = row(
        PLAN_COLUMNS,
        [[Paragraph(text, LABEL)] for text in ("Day", "New exercises, then the reviews due")],
    )
    return Chapter(
        "Skills, next steps and the plan",
        (
            Section("Strongest skills", _skill_rows(report.strongest, report.no_strongest)),
            Section("Weakest skills", _skill_rows(report.weakest, report.no_weakest)),
            Section("Next steps", steps),
            Section("The plan for the next week", tuple(days), (*header, rule(INK, 1, 3))),
        ),
    )


def _sheets(report: ReadinessReport) -> list[Sheet]:
    """Every page of the PDF, laid out."""
    plots = [
        plot_sheet(title, CAPTIONS.get(title, "").format(bar=BAR_SCORE), figure)
        for title, figure in figures(report)
    ]
    return [*lay_out(_summary(report)), *plots, *lay_out(_skills_and_plan(report))]


def _pages(report: ReadinessReport) -> list[Figure]:
    """Every page of the PDF, drawn, each with its footer and number."""
    sheets = _sheets(report)
    footer = f"mldojo readiness report · {report.learner} · {_when(report.generated_at)}"
    return [draw(sheet, footer, n, len(sheets)) for n, sheet in enumerate(sheets, start=1)]


def write_html(report: ReadinessReport, path: Path) -> Path:
    return _write(path, html(report).encode("utf-8"))


def write_pdf(report: ReadinessReport, path: Path) -> Path:
    return _write(path, pdf_bytes(report))


def pdf_bytes(report: ReadinessReport) -> bytes:
    """The PDF in memory (for a download), written by the same code as `write_pdf`."""
    buffer = io.BytesIO()
    _save_pdf(report, buffer)
    return buffer.getvalue()


def _save_pdf(report: ReadinessReport, target: Path | BinaryIO) -> None:
    pages = _pages(report)
    with PdfPages(target, metadata={"Title": TITLE, "Creator": "mldojo"}) as pdf:
        for page in pages:
            pdf.savefig(page)


# What every report written here carries, to tell an earlier report (replaced) from
# another file at the same path (never replaced).
_MARKS = {"html": f"<title>{TITLE}</title>".encode(), "pdf": f"/Title ({TITLE})".encode()}
_MARK_SPAN = 1 << 20  # the HTML title is at its start, the PDF title near its end


def check_report_targets(html: Path | None, pdf: Path | None) -> None:
    """Refuse a report path that would lose a file: --html and --pdf naming the same
    file, or an existing file that is not an earlier mldojo report of that format."""
    if html is not None and pdf is not None and resolved(html) == resolved(pdf):
        raise UsageError(
            f"--html and --pdf both name '{html}': give each its own file, e.g. "
            "report.html and report.pdf."
        )
    for path, kind in ((html, "html"), (pdf, "pdf")):
        if path is None:
            continue
        path = path.expanduser()
        try:
            if not path.is_file() or path.stat().st_size == 0:
                continue  # nothing there to lose (a folder or the like is named later)
            with path.open("rb") as handle:
                head = handle.read(_MARK_SPAN)
                handle.seek(max(0, path.stat().st_size - _MARK_SPAN))
                tail = handle.read()
        except OSError:
            continue  # unreadable: writing it will say why
        if _MARKS[kind] not in head + tail:
            raise UsageError(
                f"'{path}' already exists and is not an mldojo {kind.upper()} report, so it "
                "is not replaced: choose another file name, or move that file aside first."
            )


def _write(path: Path, data: bytes) -> Path:
    """Write the whole file or nothing: an earlier report at `path` is replaced only
    once the new one is complete."""
    path = path.expanduser()
    temporary = None
    try:
        if path.is_symlink() and path.exists():  # a link to a report: the report is replaced
            path = path.resolve()
        folder = path.absolute().parent
        if folder.exists() and not folder.is_dir():
            raise UsageError(
                f"'{folder}' is a file, not a folder, so the report cannot go in it: "
                "choose a path in a folder."
            )
        if not folder.is_dir():
            raise UsageError(
                f"The folder '{folder}' for the report does not exist: create it or choose "
                "another path."
            )
        if path.is_dir():
            example = path / ("report.pdf" if data.startswith(b"%PDF") else "report.html")
            raise UsageError(f"'{path}' is a folder: give a file name, e.g. '{example}'.")
        if path.exists() and not path.is_file():
            raise UsageError(
                f"'{path}' is not a regular file (a device or pipe): give a file name."
            )
        # Created as any new file is (0666 less the umask), or with the permissions of
        # the report it replaces: a report is for sharing, unlike mkstemp's 0600.
        temporary = str(folder / f".report-{secrets.token_hex(8)}.tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            if path.is_file():
                os.fchmod(handle.fileno(), stat.S_IMODE(path.stat().st_mode))
            handle.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise UsageError(
            f"The report cannot be written to '{path}' ({exc.strerror or exc}): choose a "
            "folder you can write to, with space left."
        ) from None
    return path
