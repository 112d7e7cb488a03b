"""Comparing figures by what they show: axes, texts, scales, legends and data.

The learner's process describes its figure (`codec.FigureSummary`); here the
host compares that description with the reference's and names the first
difference the way a reviewer would ("the y axis should use a log scale").
"""

from __future__ import annotations

from typing import Any

from mldojo.grading.casekit import same, short
from mldojo.grading.codec import FigureSummary

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
        problem = _compare_axes(want, have, rtol, atol)
        if problem:
            return where + problem
    return None


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
