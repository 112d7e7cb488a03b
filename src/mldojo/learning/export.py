"""The readiness report as files: a self-contained HTML page and a PDF.

The HTML holds its plots as inline SVG and its style inline, so it opens offline
and fetches nothing. The PDF is written by Matplotlib's PdfPages: a summary page,
one page per plot, and a page with the strongest and weakest skills and the plan.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import stat
import textwrap
from html import escape
from pathlib import Path
from typing import BinaryIO

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from mldojo.errors import UsageError
from mldojo.learning.charts import figures
from mldojo.learning.report import BAR_SCORE, NO_EVIDENCE, ReadinessReport
from mldojo.settings import resolved

TITLE = "mldojo readiness report"  # in each file written: how an earlier report is known
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
h1 { margin-bottom: 0.2rem; } .muted { color: #777; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.6rem; border-bottom: 1px solid #ddd; }
.none { color: #999; font-style: italic; } figure { margin: 1.5rem 0; }
figure svg { max-width: 100%; height: auto; } details { margin: 0.3rem 0; }
"""
PDF_PAGES = 5  # summary, three plots, skills and plan (more where the text runs long)
# 9-point monospace on A4 below the title, margins kept: characters across, lines down.
PAGE_COLUMNS = 96
PAGE_LINES = 64


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


def _text_pages(title: str, lines: list[str]) -> list[Figure]:
    """The lines on as many A4 pages as they take, each wrapped to the page's width: a
    wrapped line goes on under its start, four further in, and nothing is cut."""
    wrapped: list[str] = []
    for line in lines:
        indent = " " * (len(line) - len(line.lstrip()))
        wrapped += textwrap.wrap(line, PAGE_COLUMNS, subsequent_indent=indent + "    ") or [""]
    pages = []
    for start in range(0, max(len(wrapped), 1), PAGE_LINES):
        figure = Figure(figsize=(8.27, 11.69))  # A4
        heading = title if start == 0 else f"{title} (continued)"
        figure.text(0.07, 0.95, heading, fontsize=16, weight="bold", va="top")
        text = "\n".join(wrapped[start : start + PAGE_LINES])
        figure.text(0.07, 0.91, text, fontsize=9, va="top", family="monospace")
        pages.append(figure)
    return pages


def _summary_lines(report: ReadinessReport) -> list[str]:
    lines = [
        f"{report.learner} - {report.generated_at:%Y-%m-%d %H:%M} UTC",
        f"Scores from 0 to 100 with their 80% interval; the bar is {BAR_SCORE}.",
        "",
    ]
    if report.empty:
        lines += ["No evidence yet: no score is claimed until you check an exercise.", ""]
    for area in report.areas:
        shown = (
            f"{NO_EVIDENCE} (could be {area.low} to {area.high})"
            if area.score is None
            else f"{area.score:3d}  ({area.low} to {area.high})  {area.status}"
        )
        lines.append(f"{area.title[:28]:<30}{shown}")
        for e in area.evidence[:6]:
            help_note = " after hints" if e.hints else ""
            help_note += " after the solution" if e.after_solution else ""
            lines.append(
                f"    {e.at:%Y-%m-%d} {'pass' if e.passed else 'fail'} d{e.difficulty} "
                f"{e.exercise}{help_note}"
            )
        if len(area.evidence) > 6:
            lines.append(f"    ... and {len(area.evidence) - 6} more attempts")
    return lines


def _plan_lines(report: ReadinessReport) -> list[str]:
    lines = ["Strongest skills:"]
    lines += [f"  {s.title}: {round(100 * (s.mastery or 0))}" for s in report.strongest]
    if not report.strongest:
        lines.append(f"  {report.no_strongest}")
    lines += ["", "Weakest skills:"]
    lines += [f"  {s.title}: {round(100 * (s.mastery or 0))}" for s in report.weakest]
    if not report.weakest:
        lines.append(f"  {report.no_weakest}")
    if not report.strongest and not report.weakest:
        lines = ["Strongest and weakest skills: no evidence yet."]
    lines += ["", "The plan for the next week:"]
    for day in report.plan:
        lines.append(f"  {day.day:%a %d %b}")
        lines += [f"    review {title}" for _, title in day.reviews]
        lines += [f"    {r.exercise.id} ({r.reason})" for r in day.exercises]
    return lines


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
    pages = [
        *_text_pages("Readiness report", _summary_lines(report)),
        *(figure for _, figure in figures(report)),
        *_text_pages("Skills and the plan", _plan_lines(report)),
    ]
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
