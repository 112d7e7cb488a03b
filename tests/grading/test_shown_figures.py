"""A plot check sends the learner's figure and the one asked for, as plain data, and
never a hidden case's figure."""

from __future__ import annotations

import base64
import json

from matplotlib.figure import Figure

from mldojo.grading import codec
from mldojo.grading.casekit import Case
from mldojo.grading.figures import shown_figure
from mldojo.grading.verdict import Status, Verdict
from mldojo.web.figures import draw


def _figure(yscale: str) -> object:
    figure = Figure()
    axes = figure.add_subplot()
    axes.plot([1.0, 2.0, 3.0], [1.0, 0.5, float("nan")], label="train")
    axes.set(title="Learning curves", yscale=yscale)
    return codec.encode(figure)


def test_the_first_shown_case_carries_both_figures_as_json() -> None:
    cases = [Case("hidden edge", hidden=True), Case("a run of 3 epochs")]
    got = [{"ok": True, "value": _figure("linear")}] * 2
    want = [{"ok": True, "value": _figure("log")}] * 2
    [pair] = shown_figure(cases, got, want)
    assert pair["case"] == "a run of 3 epochs"
    assert pair["expected"]["axes"][0]["yscale"] == "log"
    assert pair["got"]["axes"][0]["yscale"] == "linear"
    assert pair["got"]["axes"][0]["lines"][0]["y"] == [1.0, 0.5, None]  # NaN: a gap
    verdict = Verdict("x", "v", Status.FAILED, (), 1, 2, figures=(pair,))
    assert Verdict.from_json(json.loads(json.dumps(verdict.to_json()))).figures == (pair,)


def test_the_first_shown_case_that_failed_is_the_one_drawn() -> None:
    # A figure drawn right for the first case and wrong for the third: the page shows the
    # third, where the two differ, not two identical pictures beside "Not yet".
    cases = [Case("six classes"), Case("hidden edge", hidden=True), Case("an empty class")]
    got = [{"ok": True, "value": _figure(scale)} for scale in ("log", "linear", "linear")]
    want = [{"ok": True, "value": _figure("log")}] * 3
    [pair] = shown_figure(cases, got, want, [True, False, False])
    assert pair["case"] == "an empty class" and pair["got"]["axes"][0]["yscale"] == "linear"
    # Only a hidden case failed: the first shown one is drawn.
    [pair] = shown_figure(cases, got, want, [True, False, True])
    assert pair["case"] == "six classes"


def test_a_failed_run_shows_only_what_was_asked_and_hidden_cases_show_nothing() -> None:
    crashed = {"ok": False, "error": {"type": "ValueError", "message": "x"}}
    [pair] = shown_figure([Case("one")], [crashed], [{"ok": True, "value": _figure("log")}])
    assert pair["got"] is None and pair["expected"]["axes"][0]["title"] == "Learning curves"
    assert shown_figure([Case("secret", hidden=True)], [crashed], [crashed]) == ()
    not_a_figure = {"ok": True, "value": codec.encode([1, 2])}
    assert shown_figure([Case("one")], [not_a_figure], [not_a_figure]) == ()


def test_category_names_and_infinite_lines_travel_as_json_and_are_drawn_again() -> None:
    figure = Figure()
    axes = figure.add_subplot()
    axes.bar(["cat", "dog"], [3.0, 5.0])
    axes.axline((0.0, 1.0), slope=2.0, label="trend")
    axes.axline((1.0, 0.0), (1.0, 2.0), label="cut")  # vertical: an infinite slope
    value = {"ok": True, "value": codec.encode(figure)}
    [pair] = shown_figure([Case("one")], [value], [value])
    described = json.loads(json.dumps(pair["got"], allow_nan=False))["axes"][0]
    assert described["xticks"]["labels"] == ["cat", "dog"] and described["xticks"]["named"]
    assert [(a["label"], a["slope"]) for a in described["axlines"]] == [
        ("trend", 2.0),
        ("cut", None),
    ]
    svg = draw(pair["got"])
    assert svg is not None and svg.startswith("data:image/svg+xml;base64,")
    text = base64.b64decode(svg.split(",", 1)[1]).decode()
    assert "cat" in text and "dog" in text


def test_a_figure_is_drawn_again_with_its_own_view() -> None:
    def svg_text(limits: tuple[float, float] | None) -> str:
        figure = Figure()
        axes = figure.add_subplot()
        axes.plot([1.0, 2.0, 3.0], [0.2, 0.4, 0.3], label="train")
        if limits is not None:
            axes.set_ylim(*limits)
        value = {"ok": True, "value": codec.encode(figure)}
        [pair] = shown_figure([Case("one")], [value], [value])
        svg = draw(pair["got"])
        assert svg is not None
        return base64.b64decode(svg.split(",", 1)[1]).decode()

    assert "<!-- 1000 -->" not in svg_text(None)
    assert "<!-- 1000 -->" in svg_text((100.0, 1000.0))  # the zoom that hides the line


def _drawn(build: object) -> str:
    figure = Figure()
    build(figure)  # type: ignore[operator]
    value = {"ok": True, "value": codec.encode(figure)}
    [pair] = shown_figure([Case("one")], [value], [value])
    svg = draw(pair["got"])
    assert svg is not None
    return base64.b64decode(svg.split(",", 1)[1]).decode()


def test_a_title_matplotlib_math_cannot_read_is_drawn_as_text() -> None:
    def broken(figure: Figure) -> None:
        axes = figure.add_subplot()
        axes.plot([1.0, 2.0], [3.0, 4.0])
        axes.set_title("Learning curves ($\\times 10^{3$)")

    assert "<svg" in _drawn(broken)  # not the ValueError a web check answered 500 with


def test_a_figure_of_many_panels_is_drawn_in_part_and_says_so() -> None:
    def many(figure: Figure) -> None:
        for index in range(40):
            figure.add_subplot(5, 8, index + 1).plot(range(5000), range(5000))

    assert "(the first 8 of 40 axes)" in _drawn(many)
