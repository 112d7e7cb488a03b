"""Comparing figures by what they show: axes, texts, scales, ticks, legends and data.

The learner's process describes its figure (`codec.FigureSummary`); here the
host compares that description with the reference's and names the first
difference the way a reviewer would ("the y axis should use a log scale").
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from typing import Any

from mldojo.grading.casekit import Case, same, short
from mldojo.grading.codec import CodecError, FigureSummary, decode
from mldojo.words import counted

TEXTS = (("title", "the title"), ("xlabel", "the x label"), ("ylabel", "the y label"))
ARTISTS = (("lines", "line"), ("bars", "bar series"), ("scatter", "scatter series"))
# An unlabelled series that is the only one of its kind, as a hidden point names it.
ONE_OF_A_KIND = {"lines": "the line", "bars": "a bar", "scatter": "a point"}


def compare_figures(
    expected: Any, got: Any, *, rtol: float = 1e-6, atol: float = 1e-9
) -> str | None:
    if not isinstance(got, FigureSummary):
        return f"expected a matplotlib Figure, got {type(got).__name__} {short(got)}: return fig"
    asked, drawn = expected["axes"], got["axes"]
    if not any(a.get("colorbar") for a in asked):
        # A colorbar reads the colours the learner chose; its scale is not a panel asked for.
        drawn = [a for a in drawn if not a.get("colorbar")]
    if len(drawn) != len(asked):
        return f"the figure should have {len(asked)} axes, it has {len(drawn)}"
    if expected["suptitle"] and not _same_text(expected["suptitle"], got["suptitle"]):
        return _text_problem("the figure title", expected["suptitle"], got["suptitle"])
    many = len(asked) > 1
    for index, (want, have) in enumerate(zip(asked, drawn, strict=True)):
        where = f"in axes {index + 1}, " if many else ""
        # With several axes the layout is part of what the figure shows; with one, not.
        problem = (_compare_grid(want.get("grid"), have.get("grid")) if many else None) or (
            _compare_axes(want, have, rtol, atol, got.get("legends", []))
        )
        if problem:
            return where + problem
    return None


def suptitle_as_title(got: Any) -> Any:
    """A one-axes figure titled with fig.suptitle, its axes untitled, as if the title
    were the axes': for a `cases.py` whose statement says only "title it"."""
    if not isinstance(got, FigureSummary) or len(got["axes"]) != 1:
        return got
    (axes,) = got["axes"]
    if axes["title"] or not got["suptitle"]:
        return got
    return FigureSummary({**got, "suptitle": "", "axes": [{**axes, "title": got["suptitle"]}]})


def _compare_grid(want: list[int] | None, have: list[int] | None) -> str | None:
    """The cell of the subplot grid an axes sits in: [rows, columns, first row, last row,
    first column, last column], as `codec` describes it."""
    if want is None or want == have:
        return None
    rows, columns = want[0], want[1]
    if have is None:
        return (
            f"the axes should be a cell of a grid of {counted(rows, 'row')} and "
            f"{counted(columns, 'column')} (plt.subplots(nrows, ncols)), not placed by hand"
        )
    if have[:2] != want[:2]:
        return (
            f"the subplot grid should have {counted(rows, 'row')} and "
            f"{counted(columns, 'column')}, "
            f"not {have[0]} and {have[1]}"
        )
    return f"the axes should sit in {_cell(want)} of the grid, not in {_cell(have)}"


def _cell(grid: list[int]) -> str:
    def span(what: str, first: int, last: int) -> str:
        return f"{what} {first + 1}" if first == last else f"{what}s {first + 1} to {last + 1}"

    return f"{span('row', grid[2], grid[3])}, {span('column', grid[4], grid[5])}"


def _same_text(expected: str, got: str) -> bool:
    return _label_key(expected) == _label_key(got)


def _label_key(text: str) -> str:
    """Texts and labels are read as a person reads them: "Train" names the line "train"."""
    return text.strip().lower()


def _by_label(artists: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The labelled artists by their label as read (`_label_key`)."""
    return {_label_key(a["label"]): a for a in artists if a["label"]}


def _text_problem(what: str, expected: str, got: str) -> str:
    return f"{what} should be {expected!r}, it is {repr(got) if got else 'empty'}"


def _compare_axes(
    want: dict[str, Any],
    have: dict[str, Any],
    rtol: float,
    atol: float,
    figure_legends: list[list[str]],
) -> str | None:
    for key, what in TEXTS:
        if want[key] and not _same_text(want[key], have[key]):
            return _text_problem(what, want[key], have[key])
    for key, axis in (("xscale", "x"), ("yscale", "y")):
        if want[key] != have[key]:
            return f"the {axis} axis should use a {want[key]} scale, not {have[key]}"
    problem = _compare_legend(want, have, figure_legends)
    if problem:
        return problem
    problem = _compare_kinds_of_line(want, have)
    if problem:
        return problem
    for key, what in ARTISTS:
        problem = _compare_artists(want[key], have[key], what, rtol, atol)
        if problem:
            return problem + _not_drawn(want, have, key, what)
    problem = _compare_axlines(want.get("axlines", []), have.get("axlines", []), rtol, atol)
    problem = problem or _compare_ticks(want, have, rtol, atol)
    if problem:
        return problem
    if want["images"] != have["images"]:
        return f"expected {counted(want['images'], 'image')}, got {have['images']}"
    return _compare_view(want, have)


def _compare_legend(
    want: Mapping[str, Any], have: Mapping[str, Any], figure_legends: list[list[str]]
) -> str | None:
    """A legend on the axes and a figure legend (fig.legend()) read the same. A figure
    legend passes when it holds every entry asked for and names no other artist of these
    axes: it may also name the artists of other axes (a twin axes, say)."""
    asked = want["legend"]
    if asked is None:
        return None
    shown = have["legend"]
    if shown is None:
        return (
            "add a legend (ax.legend(), or fig.legend() for the whole figure) so each "
            "series can be told apart"
        )
    if have.get("legend_at") == "figure":
        every = {_label_key(text) for texts in figure_legends for text in texts}
        wanted = {_label_key(text) for text in asked}
        if wanted <= every and {_label_key(text) for text in shown} <= wanted:
            return None
    elif sorted(map(_label_key, asked)) == sorted(map(_label_key, shown)):
        return None
    return f"the legend should read {asked}, it reads {shown}"


def _compare_artists(
    want: list[dict[str, Any]], have: list[dict[str, Any]], what: str, rtol: float, atol: float
) -> str | None:
    if len(have) != len(want):
        plural = what if what.endswith("series") else None  # a series, two series
        count = f"expected {counted(len(want), what, plural)}, got {len(have)}"
        extra = _extra_line(want, have) if what == "line" and len(have) > len(want) else None
        return count if extra is None else f"{count}: {extra} is not asked for"
    by_label = _by_label(have)
    for position, artist in enumerate(want):
        label = artist["label"]
        other = by_label.get(_label_key(label)) if label else have[position]
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


def _not_drawn(want: Mapping[str, Any], have: Mapping[str, Any], key: str, what: str) -> str:
    """Why a series is missing when the figure made it but it draws nothing."""
    hidden = have.get("not_drawn", {}).get(key, 0)
    if not hidden or len(have[key]) >= len(want[key]):
        return ""
    plural = what if what.endswith("series") else None
    ways = {"lines": ", or neither a line style nor a marker", "scatter": ", or a size of 0"}
    return (
        f": {counted(hidden, 'more ' + what, plural and 'more ' + plural)} "
        f"{'is' if hidden == 1 else 'are'} on the axes but show{'s' if hidden == 1 else ''} "
        f"nothing (set invisible, alpha=0, a colour such as 'none'{ways.get(key, '')})"
    )


def _number(x: float) -> str:
    return f"{x:g}"


def _numbers(values: Any, limit: int = 6) -> str:
    shown = [_number(float(v)) for v in list(values)[:limit]]
    return "[" + ", ".join(shown) + (", ...]" if len(values) > limit else "]")


# --- the view: which way each axis runs, and what its limits leave out ------


def _compare_view(want: Mapping[str, Any], have: Mapping[str, Any]) -> str | None:
    """The axes show what was asked the way it was asked: each axis runs the same way
    (an inverted axis reads upside down), and the limits hide no data that the
    reference's view shows. Limits are otherwise free: margins differ between ways of
    drawing the same figure."""
    for axis in ("x", "y"):
        asked, shown = want.get(f"{axis}lim"), have.get(f"{axis}lim")
        if asked is None or shown is None:
            continue  # a description from before views were described
        rising, as_drawn = _rising(asked), _rising(shown)
        if rising is not None and as_drawn is not None and rising != as_drawn:
            return _direction_problem(axis)
        hidden = _hidden(have, axis, shown)
        count = sum(values.size for _, values in hidden)
        if count > sum(values.size for _, values in _hidden(want, axis, asked)):
            # name a point the reference's view shows
            low, high = sorted(asked)
            inside = [(n, v[(v >= low) & (v <= high)]) for n, v in hidden]
            name, values = next(((n, v) for n, v in inside if v.size), hidden[0])
            low, high = sorted(shown)
            return (
                f"the {axis} axis shows only {_number(low)} to {_number(high)}, which hides "
                f"{counted(count, 'data point')}: {name} reaches {axis} = {_number(values[0])}; "
                f"widen the limits (ax.set_{axis}lim) or leave them to Matplotlib"
            )
    return None


def _rising(limits: list[float]) -> bool | None:
    return None if limits[0] == limits[1] else limits[0] < limits[1]


def _direction_problem(axis: str) -> str:
    if axis == "x":
        return (
            "the x axis runs from right to left (inverted): it should grow to the right; "
            "remove ax.invert_xaxis(), or give set_xlim the smaller value first"
        )
    return (
        "the y axis runs downward (inverted): it should grow upward; remove "
        "ax.invert_yaxis(), or give set_ylim the smaller value first"
    )


def _extra_line(want: list[dict[str, Any]], have: list[dict[str, Any]]) -> str | None:
    """A line drawn beyond those asked for, in words, where one can be told: a label
    that was not asked for, or a reference line (ax.axhline(y)) where none was asked."""
    asked = {_label_key(a["label"]) for a in want if a["label"]}
    for line in have:
        if line["label"] and _label_key(line["label"]) not in asked:
            return f"the line {line['label']!r}"
    if any(_reference_line(a) for a in want):
        return None
    return next((where for line in have if (where := _reference_line(line))), None)


def _reference_line(line: Mapping[str, Any]) -> str | None:
    """Where a horizontal or vertical line runs (as ax.axhline and ax.axvline draw them);
    None for any other line."""
    import numpy as np

    x, y = (np.asarray(line[k], dtype=float).ravel() for k in ("x", "y"))
    if x.size > 1 and np.all(y == y[0]):
        return f"a horizontal line at y = {_number(float(y[0]))}"
    if y.size > 1 and np.all(x == x[0]):
        return f"a vertical line at x = {_number(float(x[0]))}"
    return None


def _hidden(axes: Mapping[str, Any], axis: str, limits: list[float]) -> list[tuple[str, Any]]:
    """Per series of the axes' lines, points and bars, with its name, its data points
    outside the view on one axis (an array; for a bar, its middle on x, its base and top
    on y). Arrays throughout: a figure may hold up to the codec's cap of points."""
    import numpy as np

    low, high = sorted(limits)
    slack = 1e-9 * max(abs(low), abs(high), high - low)
    found = []
    for key, what in ARTISTS:
        series = axes.get(key, [])
        for position, artist in enumerate(series):
            values = _coordinates(key, artist, axis)
            outside = values[
                np.isfinite(values) & ((values < low - slack) | (values > high + slack))
            ]
            if not outside.size:
                continue
            if artist["label"]:
                name = f"the {what} {artist['label']!r}"
            elif len(series) == 1:  # the only one of its kind: no number to tell it apart
                name = ONE_OF_A_KIND[key]
            else:
                name = f"{what} {position + 1}"
            found.append((name, outside))
    return found


def _coordinates(key: str, artist: Mapping[str, Any], axis: str) -> Any:
    import numpy as np

    if key == "scatter":
        points = np.asarray(artist["points"], dtype=float).reshape(-1, 2)
        return points[:, 0 if axis == "x" else 1]
    if key == "bars":
        if axis == "x":
            return np.asarray(artist["x"], dtype=float)
        bottoms = np.asarray(artist["bottom"], dtype=float)
        return np.concatenate([bottoms, bottoms + np.asarray(artist["height"], dtype=float)])
    return np.asarray(artist[axis], dtype=float).ravel()


# --- infinite lines (ax.axline) ---------------------------------------------


def _line_words(line: Mapping[str, Any]) -> str:
    x, y = line["xy"]
    where = f"through ({_number(x)}, {_number(y)})"
    slope = line["slope"]
    return f"{where} vertically" if math.isinf(slope) else f"{where} with slope {_number(slope)}"


def _line_name(line: Mapping[str, Any]) -> str:
    return f"the line {line['label']!r}" if line["label"] else "a line"


def _compare_kinds_of_line(want: Mapping[str, Any], have: Mapping[str, Any]) -> str | None:
    """A line through data points (ax.plot) asked for and an infinite ax.axline drawn, or
    the reverse, or an ax.axline too many: said as such, not as a count of lines."""
    asked, drawn = want.get("axlines", []), have.get("axlines", [])
    if len(asked) == len(drawn):
        return None
    if len(drawn) < len(asked):
        labels = {_label_key(a["label"]) for a in drawn if a["label"]}
        missing = next(
            (a for a in asked if not a["label"] or _label_key(a["label"]) not in labels), asked[0]
        )
        return (
            f"{_line_name(missing)} should be an infinite line drawn with ax.axline, "
            f"{_line_words(missing)}; the figure has {counted(len(drawn), 'such line')}"
        )
    labels = {_label_key(a["label"]) for a in asked if a["label"]}
    extra = next(
        (a for a in drawn if not a["label"] or _label_key(a["label"]) not in labels), drawn[0]
    )
    named = _label_key(extra["label"]) if extra["label"] else None
    same_name = [a for a in want["lines"] if named and _label_key(a["label"] or "") == named]
    segment = same_name[0] if same_name else None
    if segment is None and len(have["lines"]) >= len(want["lines"]):
        return (
            f"the figure should have {counted(len(asked), 'infinite line')} drawn with "
            "ax.axline, it has "
            f"{len(drawn)}: {_line_name(extra)} runs {_line_words(extra)}"
        )
    shape = f" (x = {_numbers(segment['x'])}, y = {_numbers(segment['y'])})" if segment else ""
    return (
        f"{_line_name(extra)} should be a line through data points{shape}, drawn with "
        f"ax.plot(x, y); it is an infinite line drawn with ax.axline, {_line_words(extra)}"
    )


def _compare_axlines(
    want: list[dict[str, Any]], have: list[dict[str, Any]], rtol: float, atol: float
) -> str | None:
    by_label = _by_label(have)
    for position, line in enumerate(want):
        other = by_label.get(_label_key(line["label"])) if line["label"] else have[position]
        name = f"the line {line['label']!r} (ax.axline)" if line["label"] else "an ax.axline"
        if other is None:
            return f"{name} is missing: label it {line['label']!r}"
        if not _same_axline(line, other, rtol, atol):
            return f"{name} should run {_line_words(line)}, it runs {_line_words(other)}"
    return None


def _same_axline(
    want: Mapping[str, Any], have: Mapping[str, Any], rtol: float, atol: float
) -> bool:
    """The same infinite line: the same slope and the same crossing of x = 0 (or the same x,
    for vertical lines), in the axes' scaled coordinates, as `codec` records them."""
    tolerance = max(rtol, 1e-9), max(atol, 1e-12)
    if math.isinf(want["slope"]) or math.isinf(have["slope"]):
        return (
            math.isinf(want["slope"])
            and math.isinf(have["slope"])
            and math.isclose(
                want["crossing"], have["crossing"], rel_tol=tolerance[0], abs_tol=tolerance[1]
            )
        )
    return all(
        math.isclose(want[key], have[key], rel_tol=tolerance[0], abs_tol=tolerance[1])
        for key in ("slope", "crossing")
    )


# --- tick labels: the names on a categorical axis ---------------------------


def category_heights(axes: Mapping[str, Any], series: int = 0) -> dict[str, float]:
    """The height of each bar of one bar series (`ax.bar`) of a described axes, by the name
    written under it on the x axis: a bar belongs to the nearest labelled tick closer than
    half the gap between ticks; bars under no label are left out. For a `cases.py` that
    compares bar charts category by category."""
    ticks = axes.get("xticks") or {"at": [], "labels": []}
    at, labels = [float(a) for a in ticks["at"]], [str(t) for t in ticks["labels"]]
    bars = axes["bars"][series] if series < len(axes["bars"]) else {"x": [], "height": []}
    gaps = [b - a for a, b in itertools.pairwise(at) if b > a]
    reach = min(gaps, default=1.0) / 2
    heights: dict[str, float] = {}
    for x, height in zip(bars["x"], bars["height"], strict=True):
        if not at:
            break
        nearest = min(range(len(at)), key=lambda i: abs(at[i] - float(x)))
        if abs(at[nearest] - float(x)) < reach:
            heights.setdefault(labels[nearest], float(height))
    return heights


MAX_SHOWN_TICKS = 8  # tick labels quoted in one message


def _reads(ticks: Mapping[str, Any], axis: str) -> str:
    pairs = list(zip(ticks["at"], ticks["labels"], strict=True))
    if not pairs:
        return "no tick labels"
    words = ", ".join(
        f"{label!r} at {axis} = {_number(at)}" for at, label in pairs[:MAX_SHOWN_TICKS]
    )
    return words + (", ..." if len(pairs) > MAX_SHOWN_TICKS else "")


def _compare_ticks(
    want: Mapping[str, Any], have: Mapping[str, Any], rtol: float, atol: float
) -> str | None:
    """Named ticks (categories, labels set by hand) must read the same at the same places;
    numbers a formatter chose change with the figure's size and are never compared."""
    for axis in ("x", "y"):
        asked = want.get(f"{axis}ticks")
        if not asked or not asked["named"] or not asked["labels"]:
            continue
        shown = have.get(f"{axis}ticks") or {"at": [], "labels": [], "named": False}
        texts = {label.strip().lower() for label in shown["labels"]}
        if not texts & {label.strip().lower() for label in asked["labels"]}:
            bars = axis == "x" and bool(want["bars"])
            how = "pass the names as the x values (ax.bar(names, heights)) or " if bars else ""
            what = "the category under each bar" if bars else "its ticks"
            return (
                f"the {axis} axis should name {what}: "
                f"{_reads(asked, axis)}; it shows {_reads(shown, axis)}: {how}set them with "
                f"ax.set_{axis}ticks(places, names)"
            )
        problem = _compare_categories(want, have, asked, shown, rtol, atol) if axis == "x" else None
        if problem:
            return problem
        for at, label in zip(asked["at"], asked["labels"], strict=True):
            found = [
                other
                for place, other in zip(shown["at"], shown["labels"], strict=True)
                if math.isclose(place, at, rel_tol=max(rtol, 1e-9), abs_tol=max(atol, 1e-9))
            ]
            if not found or not _same_text(label, found[0]):
                return (
                    f"the {axis} axis should read {_reads(asked, axis)}; it reads "
                    f"{_reads(shown, axis)}"
                )
    return None


def _compare_categories(
    want: Mapping[str, Any],
    have: Mapping[str, Any],
    asked: Mapping[str, Any],
    shown: Mapping[str, Any],
    rtol: float,
    atol: float,
) -> str | None:
    """Each bar against the name written under it: the height drawn over a name is the
    height asked for that name."""
    for series in range(min(len(want["bars"]), len(have["bars"]))):
        expected = category_heights(want, series)
        got = {k.strip().lower(): v for k, v in category_heights(have, series).items()}
        for name, height in expected.items():
            drawn = got.get(name.strip().lower())
            if drawn is not None and math.isclose(drawn, height, rel_tol=rtol, abs_tol=atol):
                continue
            over = (
                f"no bar stands over {name!r}"
                if drawn is None
                else f"the bar over {name!r} is {_number(drawn)} high"
            )
            return (
                f"{over}, where the bar of {name!r} should be {_number(height)} high: the x axis "
                f"reads {_reads(shown, 'x')}, and should read {_reads(asked, 'x')}"
            )
    return None


MAX_POINTS = 2000  # per series: enough to draw it, small enough to send to a browser


def shown_figure(
    cases: list[Case],
    got: list[dict[str, Any]],
    want: list[dict[str, Any]],
    passed: list[bool] | None = None,
) -> tuple[dict[str, Any], ...]:
    """The learner's figure beside the reference's, as plain data for an interface to
    draw: for the first case whose input may be shown among those that failed (`passed`,
    one per case), else among all; nothing for a hidden case."""
    flags = passed if passed is not None else [True] * len(cases)
    shown = [
        (ok, case, mine, theirs)
        for case, mine, theirs, ok in zip(cases, got, want, flags, strict=False)
        if not case.hidden and theirs.get("ok")
    ]
    if not shown:
        return ()
    _, case, mine, theirs = next((s for s in shown if not s[0]), shown[0])
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
        if array.size == 0:  # an empty line or scatter series: nothing to draw
            return []
        if len(array) > MAX_POINTS:
            array = array[:: -(-len(array) // MAX_POINTS)]
        rows = array.reshape(len(array), -1).tolist()
        return [[_finite(x) for x in row] if array.ndim > 1 else _finite(row[0]) for row in rows]
    if isinstance(value, float):  # an axline's slope is infinite when it is vertical
        return _finite(value)
    return value


def _finite(x: float) -> float | None:
    """JSON has no NaN or infinity: a gap in a line is sent as null."""
    return x if x == x and abs(x) != float("inf") else None
