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


def draw(summary: dict[str, Any] | None) -> str | None:
    """An `data:image/svg+xml` URI of the described figure, or None when there is none."""
    if not summary or not summary.get("axes"):
        return None
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with _LOCK:
        figure = Figure(figsize=SIZE_IN, layout="constrained")
        FigureCanvasSVG(figure)
        axes_list = summary["axes"]
        for index, described in enumerate(axes_list):
            ax = figure.add_subplot(1, len(axes_list), index + 1)
            _draw_axes(ax, described)
        if summary.get("suptitle"):
            figure.suptitle(str(summary["suptitle"]))
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
    """Gaps (null) as NaN, which Matplotlib leaves out of a line."""
    if not isinstance(values, list):
        return []
    return [float(v) if isinstance(v, int | float) else float("nan") for v in values]
