"""Drawing a figure from its description, so a plot exercise shows the learner's figure
beside the one asked for.

The grader sends what each figure shows (axes, texts, scales, limits, category names on
the axes, legend, and the data of its lines, infinite lines, bars and scatter series;
`grading.figures.shown_figure`), never an
image made by learner code. Here Matplotlib draws that description again, as an
SVG data URI an `<img>` can show under the page's Content-Security-Policy.
Colours are Matplotlib's defaults: the check does not compare them.
"""

from __future__ import annotations

import base64
import contextlib
import io
import math
import threading
from typing import Any

from mldojo.words import counted

_LOCK = threading.RLock()  # Matplotlib's text layout caches are not thread-safe
SIZE_IN = (5.0, 3.4)
# What is drawn of a figure, at most: the drawing holds a lock every check's page waits
# on, and a figure of 150 panels took minutes. The check itself compared it all.
MAX_AXES = 8
MAX_POINTS = 2_000  # per series, evenly spaced


def draw(summary: dict[str, Any] | None) -> str | None:
    """An `data:image/svg+xml` URI of the described figure, or None when there is none."""
    if not summary or not summary.get("axes"):
        return None
    try:
        return _draw(summary)
    except ValueError:  # a text Matplotlib's math cannot read: "$\\times 10^{3$"
        import matplotlib

        with matplotlib.rc_context({"text.parse_math": False}):
            return _draw(summary)


def _draw(summary: dict[str, Any]) -> str:
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    axes_list = summary["axes"][:MAX_AXES]
    columns = min(len(axes_list), 4)
    rows = math.ceil(len(axes_list) / columns)
    size = (SIZE_IN[0] * max(1.0, columns / 2), SIZE_IN[1] * rows)
    with _LOCK:
        figure = Figure(figsize=size, layout="constrained")
        FigureCanvasSVG(figure)
        for index, described in enumerate(axes_list):
            ax = figure.add_subplot(rows, columns, index + 1)
            _draw_axes(ax, described)
        title = str(summary.get("suptitle") or "")
        if len(summary["axes"]) > MAX_AXES:
            title += f" (the first {MAX_AXES} of {len(summary['axes'])} axes)"
        if title:
            figure.suptitle(title.strip())
        return svg_uri(figure)


def svg_uri(figure: Any) -> str:
    """A Matplotlib figure as an SVG data URI (an `<img>` the page's CSP allows)."""
    with _LOCK:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def _draw_axes(ax: Any, described: dict[str, Any]) -> None:
    for line in described.get("lines", []):
        ax.plot(_numbers(line.get("x")), _numbers(line.get("y")), label=line.get("label"))
    for bars in described.get("bars", []):
        heights = _numbers(bars.get("height"))
        bottoms = _numbers(bars.get("bottom"))  # absent from a summary stored before it
        ax.bar(
            _numbers(bars.get("x")),
            heights,
            bottom=bottoms if len(bottoms) == len(heights) else 0.0,
            label=bars.get("label"),
        )
    for line in described.get("axlines", []):
        _draw_axline(ax, line)
    for series in described.get("scatter", []):
        points = [p for p in series.get("points", []) if isinstance(p, list) and len(p) == 2]
        ax.scatter(
            _numbers([p[0] for p in points]),
            _numbers([p[1] for p in points]),
            label=series.get("label"),
            s=12,
        )
    for key, setter in (("xscale", ax.set_xscale), ("yscale", ax.set_yscale)):
        scale = described.get(key)
        if scale in ("linear", "log", "symlog", "logit"):
            # a log scale over non-positive data: keep the linear view
            with contextlib.suppress(ValueError):
                setter(scale)
    for key, set_limits in (("xlim", ax.set_xlim), ("ylim", ax.set_ylim)):
        limits = _numbers(described.get(key))  # absent from a summary stored before it
        if len(limits) == 2 and all(map(math.isfinite, limits)) and limits[0] != limits[1]:
            set_limits(*limits)  # the view as drawn: a zoom or an inverted axis shows as such
    for key, axis in (("xticks", ax.xaxis), ("yticks", ax.yaxis)):
        ticks = described.get(key)
        if isinstance(ticks, dict) and ticks.get("named"):  # category names, as drawn
            places, names = _numbers(ticks.get("at")), ticks.get("labels") or []
            if len(places) == len(names):
                axis.set_ticks(places, [str(name) for name in names])
    ax.set_title(str(described.get("title") or ""))
    ax.set_xlabel(str(described.get("xlabel") or ""))
    ax.set_ylabel(str(described.get("ylabel") or ""))
    if described.get("legend") is not None and ax.get_legend_handles_labels()[0]:
        ax.legend()
    if described.get("images"):
        ax.text(
            0.5,
            0.5,
            counted(int(described["images"]), "image"),
            ha="center",
            transform=ax.transAxes,
        )


def _draw_axline(ax: Any, line: dict[str, Any]) -> None:
    """An infinite line from its point and slope; a vertical one has no slope (null)."""
    point = _numbers(line.get("xy"))
    if len(point) != 2:
        return
    slope = line.get("slope")
    if isinstance(slope, int | float):
        ax.axline((point[0], point[1]), slope=float(slope), label=line.get("label"))
    else:
        ax.axvline(point[0], label=line.get("label"))


def _numbers(values: Any) -> list[float]:
    """Gaps (null) as NaN, which Matplotlib leaves out of a line; at most `MAX_POINTS`."""
    if not isinstance(values, list):
        return []
    step = max(1, math.ceil(len(values) / MAX_POINTS))
    return [float(v) if isinstance(v, int | float) else float("nan") for v in values[::step]]
