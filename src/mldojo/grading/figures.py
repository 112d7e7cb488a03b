"""Comparing figures by what they show: axes, texts, scales, legends and data.

The learner's process describes its figure (`codec.FigureSummary`); here the
host compares that description with the reference's and names the first
difference the way a reviewer would ("the y axis should use a log scale").
"""

from __future__ import annotations

from typing import Any

from mldojo.grading.casekit import Case, same, short
from mldojo.grading.codec import CodecError, FigureSummary, decode

TEXTS = (("title", "the title"), ("xlabel", "the x label"), ("ylabel", "the y label"))
ARTISTS = (("lines", "line"), ("bars", "bar series"), ("scatter", "scatter series"))


def compare_figures(
    expected: Any, got: Any, *, rtol: float = 1e-6, atol: float = 1e-9
) -> str | None:
    if not isinstance(got, FigureSummary):
        return f"expected a matplotlib Figure, got {type(got).__name__} {short(got)}: return fig"
    if len(got["axes"]) != len(expected["axes"]):
        return f"the figure should have {len(expected['axes'])} axes, it has {len(got['axes'])}"
    if expected["suptitle"] and not _same_text(expected["suptitle"], got["suptitle"]):
        return _text_problem("the figure title", expected["suptitle"], got["suptitle"])
    many = len(expected["axes"]) > 1
    for index, (want, have) in enumerate(zip(expected["axes"], got["axes"], strict=True)):
        where = f"in axes {index + 1}, " if many else ""
        # With several axes the layout is part of what the figure shows; with one, not.
        problem = (_compare_grid(want.get("grid"), have.get("grid")) if many else None) or (
            _compare_axes(want, have, rtol, atol)
        )
        if problem:
            return where + problem
    return None


def _compare_grid(want: list[int] | None, have: list[int] | None) -> str | None:
    """The cell of the subplot grid an axes sits in: [rows, columns, first row, last row,
    first column, last column], as `codec` describes it."""
    if want is None or want == have:
        return None
    rows, columns = want[0], want[1]
    if have is None:
        return (
            f"the axes should be a cell of a grid of {rows} row(s) and {columns} "
            "column(s) (plt.subplots(nrows, ncols)), not placed by hand"
        )
    if have[:2] != want[:2]:
        return (
            f"the subplot grid should have {rows} row(s) and {columns} column(s), "
            f"not {have[0]} and {have[1]}"
        )
    return f"the axes should sit in {_cell(want)} of the grid, not in {_cell(have)}"


def _cell(grid: list[int]) -> str:
    def span(what: str, first: int, last: int) -> str:
        return f"{what} {first + 1}" if first == last else f"{what}s {first + 1} to {last + 1}"

    return f"{span('row', grid[2], grid[3])}, {span('column', grid[4], grid[5])}"


def _same_text(expected: str, got: str) -> bool:
    return expected.strip().lower() == got.strip().lower()


def _text_problem(what: str, expected: str, got: str) -> str:
    return f"{what} should be {expected!r}, it is {repr(got) if got else 'empty'}"


def _compare_axes(
    want: dict[str, Any], have: dict[str, Any], rtol: float, atol: float
) -> str | None:
    for key, what in TEXTS:
        if want[key] and not _same_text(want[key], have[key]):
            return _text_problem(what, want[key], have[key])
    for key, axis in (("xscale", "x"), ("yscale", "y")):
        if want[key] != have[key]:
            return f"the {axis} axis should use a {want[key]} scale, not {have[key]}"
    if want["legend"] is not None:
        if have["legend"] is None:
            return "add a legend (ax.legend()) so each series can be told apart"
        if sorted(map(str.lower, want["legend"])) != sorted(map(str.lower, have["legend"])):
            return f"the legend should read {want['legend']}, it reads {have['legend']}"
    for key, what in ARTISTS:
        problem = _compare_artists(want[key], have[key], what, rtol, atol)
        if problem:
            return problem
    if want["images"] != have["images"]:
        return f"expected {want['images']} image(s), got {have['images']}"
    return None


def _compare_artists(
    want: list[dict[str, Any]], have: list[dict[str, Any]], what: str, rtol: float, atol: float
) -> str | None:
    if len(have) != len(want):
        return f"expected {len(want)} {what}(s), got {len(have)}"
    by_label = {a["label"]: a for a in have if a["label"]}
    for position, artist in enumerate(want):
        label = artist["label"]
        other = by_label.get(label) if label else have[position]
        name = f"the {what} {label!r}" if label else f"{what} {position + 1}"
        if other is None:
            return f"{name} is missing: label it {label!r}"
        for key in artist:
            if key == "label":
                continue
            problem = same(artist[key], other[key], rtol=rtol, atol=atol, check_dtype=False)
            if problem:
                return f"{name} has the wrong {key} data: {problem}"
    return None


MAX_POINTS = 2000  # per series: enough to draw it, small enough to send to a browser


def shown_figure(
    cases: list[Case], got: list[dict[str, Any]], want: list[dict[str, Any]]
) -> tuple[dict[str, Any], ...]:
    """The learner's figure beside the reference's for the first case whose input may be
    shown, as plain data for an interface to draw; nothing for a hidden case."""
    for case, mine, theirs in zip(cases, got, want, strict=False):
        if case.hidden or not theirs.get("ok"):
            continue
        expected = _decoded(theirs)
        if not isinstance(expected, FigureSummary):
            return ()
        drawn = _decoded(mine) if mine.get("ok") else None
        return (
            {
                "case": case.name,
                "expected": _plain(expected),
                "got": _plain(drawn) if isinstance(drawn, FigureSummary) else None,
            },
        )
    return ()


def _decoded(result: dict[str, Any]) -> Any:
    try:
        return decode(result["value"])
    except (CodecError, KeyError, TypeError, ValueError):
        return None


def _plain(value: Any) -> Any:
    """Arrays as lists of floats (thinned past MAX_POINTS), everything else as it is."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist") and hasattr(value, "shape"):
        import numpy as np

        array = np.asarray(value, dtype=float)
        if array.ndim == 0:
            return _finite(float(array))
        if len(array) > MAX_POINTS:
            array = array[:: -(-len(array) // MAX_POINTS)]
        rows = array.reshape(len(array), -1).tolist()
        return [[_finite(x) for x in row] if array.ndim > 1 else _finite(row[0]) for row in rows]
    return value


def _finite(x: float) -> float | None:
    """JSON has no NaN or infinity: a gap in a line is sent as null."""
    return x if x == x and abs(x) != float("inf") else None
