"""The readiness report's plots, drawn with Matplotlib on figures of their own.

Figures are built without pyplot, so nothing depends on a display or on global
state: the HTML embeds them as SVG, the PDF takes them page by page.
"""

from __future__ import annotations

import math
import textwrap
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from mldojo.learning.recommend import BAR

if TYPE_CHECKING:
    from mldojo.learning.report import ReadinessReport

SIZE = (7.5, 5.0)
MUTED = "#8a8f98"
ACCENT = "#1f77b4"
# An area's title on a plot: on two lines at most, so no label crowds out the plot or
# runs into the next one; the report's table holds the whole title.
LABEL_CHARACTERS = 24


def _label(title: str) -> str:
    return textwrap.fill(title, LABEL_CHARACTERS, max_lines=2, placeholder=" …")


def radar(report: ReadinessReport) -> Figure:
    """The seven areas on one wheel: the score, its 80% interval as a band, the bar."""
    figure = Figure(figsize=(6.5, 6.0))
    axes = figure.add_subplot(projection="polar")
    areas = list(report.areas)
    angles = [2 * math.pi * i / len(areas) for i in range(len(areas))]
    closed = [*angles, angles[0]]

    def ring(values: list[float]) -> list[float]:
        return [*values, values[0]]

    axes.fill_between(
        closed,
        ring([a.low for a in areas]),
        ring([a.high for a in areas]),
        color=ACCENT,
        alpha=0.15,
        label="80% interval",
    )
    axes.plot(closed, ring([100 * BAR] * len(areas)), color=MUTED, linestyle=":", label="bar")
    scored = [a.score if a.score is not None else math.nan for a in areas]
    axes.plot(closed, ring(scored), color=ACCENT, marker="o", label="score")
    axes.set_xticks(angles)
    axes.set_xticklabels(
        [
            _label(a.title) if a.score is not None else f"{_label(a.title)}\n(no evidence yet)"
            for a in areas
        ],
        fontsize=8,
    )
    axes.set_ylim(0, 100)
    axes.set_yticks([25, 50, 75, 100])
    axes.set_title("Readiness by area (0 to 100)")
    axes.legend(loc="lower right", bbox_to_anchor=(1.15, -0.1), fontsize=8)
    return figure


def over_time(report: ReadinessReport) -> Figure:
    """Each area's score at the end of every day with evidence."""
    figure = Figure(figsize=SIZE)
    axes = figure.add_subplot()
    if not report.history:
        axes.text(0.5, 0.5, "No evidence yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_xticks([])  # no days to show, rather than 0.0 to 1.0
    for area in report.areas:
        points = [(day, scores.get(area.id)) for day, scores in report.history]
        shown = [(day, value) for day, value in points if value is not None]
        if shown:
            axes.plot(
                np.array([day for day, _ in shown], dtype="datetime64[D]"),
                [value for _, value in shown],
                marker=".",
                label=_label(area.title),
            )
    axes.axhline(100 * BAR, color=MUTED, linestyle=":", label="bar")
    axes.set_ylim(0, 100)
    axes.set_ylabel("score")
    axes.set_title("Mastery over time")
    if report.history:
        # Below the plot, where no line can run under it.
        axes.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3)
        days = np.array([day for day, _ in report.history], dtype="datetime64[D]")
        if days.max() - days.min() < np.timedelta64(7, "D"):
            # A day or a few: a week around them, not Matplotlib's years around one point.
            middle = days.min() + (days.max() - days.min()) // 2
            axes.set_xlim(middle - np.timedelta64(3, "D"), middle + np.timedelta64(4, "D"))
        # As few dates as read well, each as short as it can be (the month once).
        # (matplotlib.dates ships without type annotations.)
        locator = AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    return figure


def evidence_per_area(report: ReadinessReport) -> Figure:
    """How many attempts count in each area: passes and failures, and their weight."""
    figure = Figure(figsize=SIZE)
    axes = figure.add_subplot()
    titles = [a.title for a in report.areas]
    passes = [sum(e.passed for e in a.evidence) for a in report.areas]
    fails = [sum(not e.passed for e in a.evidence) for a in report.areas]
    weight = [sum(e.weight for e in a.evidence) for a in report.areas]
    rows = range(len(titles))
    if not any(passes) and not any(fails):
        axes.text(0.5, 0.5, "No evidence yet", ha="center", va="center", transform=axes.transAxes)
    axes.barh(rows, passes, color="#2ca02c", label="passed")
    axes.barh(rows, fails, left=passes, color="#d62728", label="not passed")
    axes.plot(weight, rows, "k|", markersize=14, label="weighted evidence")
    axes.set_yticks(list(rows))
    axes.set_yticklabels([_label(title) for title in titles])
    axes.invert_yaxis()
    axes.set_xlabel("attempts that count")
    # Whole attempts from zero, also with none yet (not -0.04 to 0.04).
    axes.set_xlim(0, max([1, *(p + f for p, f in zip(passes, fails, strict=True))]) * 1.05)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title("Evidence per area")
    # Below the bars, where the longest bar cannot run under it.
    axes.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3)
    figure.tight_layout()
    return figure


def figures(report: ReadinessReport) -> list[tuple[str, Figure]]:
    return [
        ("Readiness by area", radar(report)),
        ("Mastery over time", over_time(report)),
        ("Evidence per area", evidence_per_area(report)),
    ]
