"""The restricted value codec: the only way values cross the sandbox boundary.

Values become tagged JSON: scalars, strings, bytes, lists, tuples, sets, dicts,
NumPy arrays (never object dtype), pandas frames and series, and tensors (as
arrays). Size and depth are capped. Decoding builds values from the tags alone:
nothing is ever unpickled, `torch.load`ed or evaluated.

This module is imported inside the child, so it imports NumPy and pandas only
when a value needs them.
"""

from __future__ import annotations

import base64
import json
import math
from typing import Any

# What values look like once encoded; raised when that changes (a figure's summary
# gains a field, say), so that reference outputs cached in another format are not reused.
FORMAT = 3
MAX_DEPTH = 32
MAX_ITEMS = 2_000_000
SAFE_ARRAY_KINDS = "biufcUSMm"


class FigureSummary(dict):  # type: ignore[type-arg]
    """A figure as the learner's process described it: plain data, compared in the host."""


class CodecError(ValueError):
    """A value that cannot cross the boundary; the message says why in words."""


class _Budget:
    def __init__(self) -> None:
        self.items = 0

    def spend(self, n: int) -> None:
        self.items += n
        if self.items > MAX_ITEMS:
            raise CodecError(f"the value is too large to check (over {MAX_ITEMS:,} elements)")


EXACT_NUMBERS = frozenset({("fractions", "Fraction"), ("decimal", "Decimal")})


def encode(value: Any) -> Any:
    return _encode(value, 0, _Budget())


def dumps(value: Any) -> str:
    return json.dumps(encode(value), allow_nan=False, separators=(",", ":"))


def _encode(value: Any, depth: int, budget: _Budget) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError(f"the value is nested more than {MAX_DEPTH} levels deep")
    budget.spend(1)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value if abs(value) < 2**53 else {"$int": str(value)}
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, complex):
        return {
            "$complex": [_encode(value.real, depth, budget), _encode(value.imag, depth, budget)]
        }
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, list | tuple | set | frozenset | dict):
        budget.spend(len(value))  # refuse a huge container before walking it
    if isinstance(value, list):
        return [_encode(v, depth + 1, budget) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [_encode(v, depth + 1, budget) for v in value]}
    if isinstance(value, set | frozenset):
        return {"$set": [_encode(v, depth + 1, budget) for v in value]}
    if isinstance(value, dict):
        return {
            "$dict": [
                [_encode(k, depth + 1, budget), _encode(v, depth + 1, budget)]
                for k, v in value.items()
            ]
        }
    module = type(value).__module__.split(".", 1)[0]
    if (module, type(value).__name__) in EXACT_NUMBERS:
        # An answer written as a Fraction or Decimal is a number all the same: it is
        # checked as the float nearest to it, the form every expected value takes.
        return _encode(float(value), depth, budget)
    if module == "numpy" and is_tensor(value):  # a tensor's values, as the host holds them
        import numpy as np

        array = _encode_numpy(np.asarray(value), budget)  # asarray: a plain ndarray view
        return {"$tensor": {"values": array, "graph": records_graph(value)}}
    if module == "numpy":
        return _encode_numpy(value, budget)
    if module == "pandas":
        return _encode_pandas(value, depth, budget)
    if module == "matplotlib":
        try:
            summary = _figure_summary(value)
        except (TypeError, ValueError, AttributeError) as exc:
            raise CodecError(f"the figure cannot be described ({exc})") from None
        return {"$figure": _encode(summary, depth + 1, budget)}
    if module == "torch" and type(value).__name__ in {"Tensor", "Parameter"}:
        try:
            values = value.detach().cpu().numpy()
        except (TypeError, RuntimeError, NotImplementedError) as exc:  # bfloat16, meta, sparse
            raise CodecError(
                f"a {value.dtype} tensor ({str(exc).splitlines()[0][:120]}) cannot be "
                "checked; return a float32 or float64 tensor, dense and holding values "
                "(.float(), .to_dense())"
            ) from None
        array = _encode_numpy(values, budget)
        # That it is a tensor, and whether autograd recorded it, is part of what came back:
        # a prediction that keeps its graph holds memory for a backward pass nobody runs.
        return {"$tensor": {"values": array, "graph": value.grad_fn is not None}}
    raise CodecError(
        f"a value of type {type(value).__module__}.{type(value).__qualname__} cannot be checked; "
        "return plain Python values, NumPy arrays, pandas objects or tensors"
    )


def _figure_summary(value: Any) -> dict[str, Any]:
    """What a figure shows, as data: per axes, its texts, scales, ticks, legend and artists."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(value, Axes):
        value = value.figure
    if not isinstance(value, Figure):
        raise CodecError(f"a {type(value).__name__} cannot be checked; return the Figure")
    shown = [legend for legend in value.legends if legend.get_visible()]
    legends = [[str(t.get_text()) for t in legend.get_texts()] for legend in shown]
    visible = [ax for ax in value.axes if _axes_drawn(ax)]
    alone = len(visible) == 1
    axes = [_axes_summary(ax, legends, shown if alone else []) for ax in visible]
    return {"suptitle": value.get_suptitle(), "axes": axes, "legends": legends}


def _axes_drawn(ax: Any) -> bool:
    """Whether an axes draws anything: a hidden one does not, nor one turned off with
    ax.axis("off") that holds nothing (no data, text, title or legend), as the spare
    cells of a grid often are."""
    if not ax.get_visible():
        return False
    if ax.axison:
        return True
    titled = any(ax.get_title(loc) for loc in ("left", "center", "right"))
    return bool(ax.has_data() or ax.texts or ax.artists or ax.get_legend() or titled)


def _axes_summary(ax: Any, legends: list[list[str]], figure_legends: list[Any]) -> dict[str, Any]:
    """`figure_legends`: the figure's legends when these are its only axes (they speak
    for all of it), else none."""
    import numpy as np
    from matplotlib.collections import PathCollection
    from matplotlib.container import BarContainer
    from matplotlib.lines import AxLine

    own = ax.get_legend()
    legend: list[str] | None
    legend_at: str | None
    if own is not None and own.get_visible():
        legend, legend_at = [str(t.get_text()) for t in own.get_texts()], "axes"
    else:
        # A figure legend speaks for the axes whose artists it names (for the only
        # axes, all of it: labels given by position name no artist).
        named = set(ax.get_legend_handles_labels()[1])
        entries = [text for texts in legends for text in texts if figure_legends or text in named]
        legend, legend_at = (entries, "figure") if entries else (None, None)
    shown = [own] if legend_at == "axes" else figure_legends
    given = _legend_given_labels(ax, shown)

    def label(artist: Any) -> str | None:
        text = artist.get_label()
        if not text or text.startswith("_"):  # "_child0": unlabelled, unless a legend names it
            return given.get(id(artist))
        return str(text)

    lines = [line for line in ax.get_lines() if _line_shown(line)]
    bar_series = [c for c in ax.containers if isinstance(c, BarContainer)]
    point_series = [c for c in ax.collections if isinstance(c, PathCollection)]
    return {
        "title": ax.get_title(),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xscale": ax.get_xscale(),
        "yscale": ax.get_yscale(),
        "xticks": _ticks(ax, ax.xaxis, 0),
        "yticks": _ticks(ax, ax.yaxis, 1),
        # the view, in data coordinates, in the order drawn: left > right is an inverted axis
        "xlim": [float(v) for v in ax.get_xlim()],
        "ylim": [float(v) for v in ax.get_ylim()],
        "legend": legend,
        "legend_at": legend_at,
        "lines": [
            {
                "label": label(line),
                # the plotted numbers, categories already converted
                "x": np.asarray(line.get_xydata(), dtype=float)[:, 0],
                "y": np.asarray(line.get_xydata(), dtype=float)[:, 1],
            }
            for line in lines
            if not isinstance(line, AxLine)
        ],
        # ax.axline: its data is (0, 0)-(1, 1) in axes coordinates; what it shows is
        # the infinite line through its defining point with its slope.
        "axlines": [
            {"label": label(line), **_axline(ax, line)}
            for line in lines
            if isinstance(line, AxLine)
        ],
        "bars": [
            {
                "label": label(c),
                "x": np.array([p.get_x() + p.get_width() / 2 for p in patches]),
                "height": np.array([p.get_height() for p in patches]),
                # where each bar starts: a stacked series, or one shifted by bottom=
                "bottom": np.array([p.get_y() for p in patches]),
            }
            for c in bar_series
            if (patches := [p for p in c.patches if _shown(p)]) or not c.patches
        ],
        "scatter": [
            {"label": label(c), "points": np.asarray(c.get_offsets(), dtype=float)}
            for c in point_series
            if _shown(c)
        ],
        # the series made but drawing nothing, by kind: a message can say why one is missing
        "not_drawn": {
            "lines": sum(not isinstance(x, AxLine) and not _line_shown(x) for x in ax.get_lines()),
            "bars": sum(bool(c.patches) and not any(map(_shown, c.patches)) for c in bar_series),
            "scatter": sum(not _shown(c) for c in point_series),
        },
        "images": len(ax.get_images()),
        "grid": _grid_cell(ax),
        # fig.colorbar draws its scale in an axes of its own (labelled "<colorbar>")
        "colorbar": getattr(ax, "_colorbar", None) is not None or ax.get_label() == "<colorbar>",
    }


def _shown(artist: Any) -> bool:
    """Whether a bar (a patch) or a series of points (a collection) is drawn at all:
    visible, of some size, and with a colour that shows (its alpha, one number or one
    per point, already applied): a face, an edge of some width, or a hatch."""
    import numpy as np
    from matplotlib.collections import Collection

    if not artist.get_visible():
        return False
    if isinstance(artist, Collection):
        artist.update_scalarmappable()  # colours mapped from values are set when drawn
        sizes = np.asarray(artist.get_sizes()) if hasattr(artist, "get_sizes") else None
        if sizes is not None and sizes.size and not np.any(sizes > 0):
            return False
    elif artist.get_alpha() == 0:
        return False
    hatched = bool(artist.get_hatch())
    face, edge, widths = artist.get_facecolor(), artist.get_edgecolor(), artist.get_linewidth()
    edged = _coloured(edge) and bool(np.any(np.asarray(widths, dtype=float) > 0))
    return _coloured(face) or edged or hatched


def _coloured(colours: Any) -> bool:
    """Whether any of some RGBA colours (one, or an array of them) is not fully transparent;
    'none' is no colour at all."""
    import numpy as np

    if isinstance(colours, str):
        return colours.lower() != "none"
    rgba = np.asarray(colours, dtype=float).reshape(-1, 4)
    return bool(np.any(rgba[:, 3] > 0))


def _line_shown(line: Any) -> bool:
    """A line is drawn where it has a line style or markers, of some width or size, in a
    colour that shows (alpha= overrides the colour's own, as when Matplotlib draws it)."""
    from matplotlib.colors import to_rgba

    if not line.get_visible():
        return False
    alpha = line.get_alpha()
    styled = (
        line.get_linestyle() not in ("None", "none", "", " ")
        and line.get_linewidth() > 0
        and _coloured(to_rgba(line.get_color(), alpha))
    )
    marked = (
        line.get_marker() not in ("None", "none", "", " ", None)
        and line.get_markersize() > 0
        and (
            _coloured(to_rgba(line.get_markerfacecolor(), alpha))
            or (
                line.get_markeredgewidth() > 0
                and _coloured(to_rgba(line.get_markeredgecolor(), alpha))
            )
        )
    )
    return bool(styled or marked)


def _legend_given_labels(ax: Any, legends: list[Any]) -> dict[int, str]:
    """The names legends give to artists without a label of their own, by the artist's id.

    `ax.legend(["train", "validation"])` and `ax.legend([line, other], [...])` name
    artists without labelling them, and Matplotlib keeps no link from an entry to its
    artist: each entry's handle is a new artist drawn like it. So an entry names the one
    unlabelled artist of these axes drawn exactly like its handle; where two are drawn
    alike, neither is named.
    """
    from matplotlib.collections import PathCollection
    from matplotlib.container import BarContainer

    unlabelled = [
        artist
        for artist in (
            *ax.get_lines(),
            *(c for c in ax.containers if isinstance(c, BarContainer)),
            *(c for c in ax.collections if isinstance(c, PathCollection)),
        )
        if not artist.get_label() or str(artist.get_label()).startswith("_")
    ]
    if not unlabelled:
        return {}
    styles = [_drawn_as(a.patches[0] if isinstance(a, BarContainer) and a.patches else a)
              for a in unlabelled]  # fmt: skip
    given: dict[int, str] = {}
    for legend in legends:
        handles = getattr(legend, "legend_handles", None) or getattr(legend, "legendHandles", [])
        for handle, text in zip(handles, legend.get_texts(), strict=False):
            style = _drawn_as(handle)
            alike = [a for a, drawn in zip(unlabelled, styles, strict=True) if drawn == style]
            if style is not None and len(alike) == 1 and str(text.get_text()):
                given.setdefault(id(alike[0]), str(text.get_text()))
    return given


def _drawn_as(artist: Any) -> tuple[Any, ...] | None:
    """How an artist is drawn, as far as a legend's copy of it shows: colours, line
    style, width and marker of a line; colours and hatch of a bar or of points."""
    from matplotlib.collections import PathCollection
    from matplotlib.colors import to_rgba
    from matplotlib.lines import Line2D

    def colours(values: Any) -> tuple[Any, ...]:
        return tuple(tuple(round(float(c), 6) for c in v) for v in list(values)[:1])

    try:
        if isinstance(artist, Line2D):
            colour = to_rgba(artist.get_color(), artist.get_alpha())
            return ("line", colour, artist.get_linestyle(), str(artist.get_marker()),
                    round(float(artist.get_linewidth()), 6))  # fmt: skip
        if isinstance(artist, PathCollection):
            return ("points", colours(artist.get_facecolor()), colours(artist.get_edgecolor()))
        if hasattr(artist, "get_facecolor") and hasattr(artist, "get_hatch"):
            face, edge = to_rgba(artist.get_facecolor()), to_rgba(artist.get_edgecolor())
            return ("patch", face, edge, artist.get_hatch())
    except (TypeError, ValueError):
        return None
    return None


MAX_TICKS = 60  # labelled ticks kept per axis: more than any readable axis shows
MAX_TICK_TEXT = 60  # characters kept of one tick label


def _ticks(ax: Any, axis: Any, coordinate: int) -> dict[str, Any]:
    """The labelled major ticks a reader sees on one axis, in order: where each sits, what
    it reads, and whether the texts are names (categories, or labels set by hand at fixed
    places) rather than numbers a formatter wrote, which change with the figure's size."""
    from matplotlib.category import StrCategoryFormatter, StrCategoryLocator
    from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter

    shown: dict[float, str] = {}
    try:
        if ax.axison and axis.get_visible():
            low, high = sorted(float(v) for v in axis.get_view_interval())
            slack = 1e-9 * max(abs(low), abs(high), 1.0)
            for text in axis.get_majorticklabels():  # bottom (left) labels, then top (right)
                at, words = float(text.get_position()[coordinate]), str(text.get_text())
                if words and low - slack <= at <= high + slack:
                    shown.setdefault(at, words[:MAX_TICK_TEXT])
    except (ValueError, TypeError, OverflowError):
        # Ticks no formatter can write (a date axis out of range, say): the figure is
        # still described, with no names read, which can only fail a check asking for them.
        return {"at": [], "labels": [], "named": False}
    places = sorted(shown)[:MAX_TICKS]
    # set_xticks(places, names) and tick_label= write the names through a FuncFormatter
    named = isinstance(axis.get_major_locator(), FixedLocator | StrCategoryLocator) and isinstance(
        axis.get_major_formatter(), FixedFormatter | FuncFormatter | StrCategoryFormatter
    )
    return {"at": places, "labels": [shown[a] for a in places], "named": named}


def _axline(ax: Any, line: Any) -> dict[str, Any]:
    """ax.axline's infinite line: a point on it in data coordinates, and its slope and where
    it crosses x = 0 (for a vertical line, its x) in the axes' scaled coordinates, where
    the line is straight (the data coordinates themselves on linear axes)."""
    import numpy as np
    from matplotlib.artist import Artist

    # Artist.get_transform: the transform its points were given in (AxLine overrides it)
    to_scaled = Artist.get_transform(line) - ax.transData + ax.transScale
    first = np.asarray(to_scaled.transform(line.get_xy1()), dtype=float)
    if line.get_xy2() is not None:
        second = np.asarray(to_scaled.transform(line.get_xy2()), dtype=float)
        dx, dy = second - first
        slope = math.inf if dx == 0 else float(dy / dx)
    else:
        slope = float(line.get_slope())
    x, y = (float(v) for v in ax.transScale.inverted().transform(first))
    crossing = float(first[0]) if math.isinf(slope) else float(first[1] - slope * first[0])
    return {"xy": [x, y], "slope": slope, "crossing": crossing}


def _grid_cell(ax: Any) -> list[int] | None:
    """Where the axes sits in its subplot grid: [rows, columns, first row, last row,
    first column, last column] (spans included); None for axes placed by hand."""
    spec = ax.get_subplotspec()
    if spec is None:
        return None
    rows, columns = spec.get_gridspec().get_geometry()
    rowspan, colspan = spec.rowspan, spec.colspan
    cell = (rows, columns, rowspan.start, rowspan.stop - 1, colspan.start, colspan.stop - 1)
    return [int(n) for n in cell]


def _encode_numpy(value: Any, budget: _Budget) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        array = np.asarray(value)
        return {"$npscalar": _array_payload(array, budget)}
    if isinstance(value, np.ndarray):
        return {"$ndarray": _array_payload(value, budget)}
    raise CodecError(f"a NumPy value of type {type(value).__name__} cannot be checked")


def _array_payload(array: Any, budget: _Budget) -> dict[str, Any]:
    if array.dtype.kind not in SAFE_ARRAY_KINDS or array.dtype.hasobject:
        raise CodecError(
            f"an array of dtype {array.dtype} cannot be checked; use a numeric, bool or "
            "string dtype, not object"
        )
    budget.spend(int(array.size))
    import numpy as np

    return {
        "dtype": array.dtype.str,
        "shape": list(array.shape),
        "data": base64.b64encode(np.asarray(array, order="C").tobytes()).decode(),
    }


def _encode_pandas(value: Any, depth: int, budget: _Budget) -> Any:
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return {
            "$dataframe": {
                "columns": _encode_index(value.columns, depth, budget),
                "index": _encode_index(value.index, depth, budget),
                "data": [
                    _encode_column(value.iloc[:, i], depth, budget) for i in range(value.shape[1])
                ],
            }
        }
    if isinstance(value, pd.Series):
        return {
            "$series": {
                "name": _encode(value.name, depth + 1, budget),
                "index": _encode_index(value.index, depth, budget),
                "values": _encode_column(value, depth, budget),
            }
        }
    if isinstance(value, pd.Index):
        return _encode_index(value, depth, budget)
    if value is pd.NA or value is pd.NaT:
        return {"$na": "NaT" if value is pd.NaT else "NA"}
    if isinstance(value, pd.Timestamp):
        return {"$timestamp": value.isoformat()}
    raise CodecError(f"a pandas value of type {type(value).__name__} cannot be checked")


def _encode_column(series: Any, depth: int, budget: _Budget) -> dict[str, Any]:
    dtype = str(series.dtype)
    values = series.to_numpy()
    if values.dtype.kind in SAFE_ARRAY_KINDS and not values.dtype.hasobject:
        return {"dtype": dtype, "array": _array_payload(values, budget)}
    return {"dtype": dtype, "values": [_encode(_plain(v), depth + 1, budget) for v in values]}


def _encode_index(index: Any, depth: int, budget: _Budget) -> dict[str, Any]:
    import pandas as pd

    if isinstance(index, pd.MultiIndex):
        return {
            "$multiindex": {
                "names": [_encode(n, depth + 1, budget) for n in index.names],
                "tuples": [_encode(tuple(_plain(x) for x in t), depth + 1, budget) for t in index],
            }
        }
    return {
        "$index": {
            "name": _encode(index.name, depth + 1, budget),
            "column": _encode_column(pd.Series(index), depth, budget),
        }
    }


def _plain(value: Any) -> Any:
    """Object-dtype cells: unwrap NumPy scalars, keep pandas' missing markers."""
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    return value


# --- decoding: only ever from the tags -------------------------------------


def loads(text: str) -> Any:
    return decode(json.loads(text))


def decode(data: Any) -> Any:
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict) or len(data) != 1:
        raise CodecError("malformed encoded value")
    ((tag, body),) = data.items()
    match tag:
        case "$int":
            return int(body)
        case "$float":
            return float(body)
        case "$complex":
            return complex(decode(body[0]), decode(body[1]))
        case "$bytes":
            return base64.b64decode(body)
        case "$tuple":
            return tuple(decode(v) for v in body)
        case "$set":
            return {decode(v) for v in body}
        case "$dict":
            return {decode(k): decode(v) for k, v in body}
        case "$ndarray":
            return _decode_array(body)
        case "$npscalar":
            return _decode_array(body)[()]
        case "$tensor":
            values = body.get("values") if isinstance(body, dict) else None
            if not isinstance(values, dict) or list(values) != ["$ndarray"]:
                raise CodecError("malformed tensor")
            return _decode_array(values["$ndarray"]).view(_tensor_class(body.get("graph") is True))
        case "$figure":
            summary = decode(body)
            if not isinstance(summary, dict):
                raise CodecError("malformed figure summary")
            return FigureSummary(summary)
        case "$dataframe" | "$series" | "$index" | "$multiindex" | "$na" | "$timestamp":
            return _decode_pandas(tag, body)
    raise CodecError(f"unknown tag {tag!r} in encoded value")


_TENSOR_CLASSES: dict[bool, Any] = {}


def _tensor_class(graph: bool) -> Any:
    """NumPy array classes for a tensor's values, one for a tensor that still carried an
    autograd graph (a grad_fn); defined on first use, since NumPy is imported only then."""
    if not _TENSOR_CLASSES:
        import numpy as np

        class TensorValues(np.ndarray):
            is_tensor = True
            records_graph = False

        class GraphTensorValues(TensorValues):
            records_graph = True

        for cls in (TensorValues, GraphTensorValues):
            cls.__module__ = "numpy"  # still NumPy arrays to any check that asks
        _TENSOR_CLASSES.update({False: TensorValues, True: GraphTensorValues})
    return _TENSOR_CLASSES[graph]


def tensor_values(array: Any) -> Any:
    """`array` as the values of a tensor: what a decoded tensor is, and what a case gives
    as an argument that reaches the learner's code as a `torch.Tensor` (`as_torch`)."""
    import numpy as np

    return np.asarray(array).view(_tensor_class(False))


def as_torch(value: Any) -> Any:
    """Decoded inputs with every tensor's values made a `torch.Tensor` again: what runs
    in the child, where the learner's code is handed real tensors. Other values, and
    containers without tensors, are returned as they are."""
    if not _TENSOR_CLASSES:  # no tensor was decoded in this process: nothing to walk
        return value
    if is_tensor(value):
        import numpy as np
        import torch

        return torch.from_numpy(np.array(value, subok=False))  # a plain array of its own
    if isinstance(value, list):
        return [as_torch(v) for v in value]
    if isinstance(value, tuple):
        return tuple(as_torch(v) for v in value)
    if isinstance(value, dict):
        return {k: as_torch(v) for k, v in value.items()}
    return value


def is_tensor(value: Any) -> bool:
    """Whether a decoded value came back as a tensor (its values are a NumPy array)."""
    return bool(getattr(value, "is_tensor", False))


def records_graph(value: Any) -> bool:
    """Whether a decoded value is a tensor that was returned with its autograd graph."""
    return bool(getattr(value, "records_graph", False))


def _decode_array(body: dict[str, Any]) -> Any:
    import numpy as np

    dtype = np.dtype(str(body["dtype"]))
    if dtype.kind not in SAFE_ARRAY_KINDS or dtype.hasobject:
        raise CodecError(f"refusing dtype {dtype}")
    shape = tuple(int(n) for n in body["shape"])
    raw = base64.b64decode(body["data"])
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()


def _decode_column(body: dict[str, Any]) -> Any:
    import numpy as np
    import pandas as pd

    dtype = str(body["dtype"])
    if "array" in body:
        values = _decode_array(body["array"])
    else:
        values = np.array([decode(v) for v in body["values"]], dtype=object)
    series = pd.Series(values)
    try:
        return series.astype(pd.api.types.pandas_dtype(dtype))
    except (TypeError, ValueError):
        return series


def _decode_index(body: Any) -> Any:
    import pandas as pd

    ((tag, inner),) = body.items()
    if tag == "$multiindex":
        return pd.MultiIndex.from_tuples(
            [decode(t) for t in inner["tuples"]], names=[decode(n) for n in inner["names"]]
        )
    if tag != "$index":
        raise CodecError("malformed index")
    return pd.Index(_decode_column(inner["column"]), name=decode(inner["name"]))


def _decode_pandas(tag: str, body: Any) -> Any:
    import pandas as pd

    if tag == "$na":
        return pd.NaT if body == "NaT" else pd.NA
    if tag == "$timestamp":
        return pd.Timestamp(str(body))
    if tag in {"$index", "$multiindex"}:
        return _decode_index({tag: body})
    if tag == "$series":
        values = _decode_column(body["values"])
        values.index = _decode_index(body["index"])
        values.name = decode(body["name"])
        return values
    columns = _decode_index(body["columns"])
    index = _decode_index(body["index"])
    frame = (
        pd.concat([_decode_column(c) for c in body["data"]], axis=1)
        if body["data"]
        else (pd.DataFrame(index=range(len(index))))
    )
    frame.columns = columns
    frame.index = index
    return frame
