"""Plot checks read what a reader of the figure reads: the names under the bars, a legend
wherever it is drawn, and where an infinite line (ax.axline) really runs.

Every check here grades real code in real child processes against a real exercise (or
a copy of one whose reference draws the figure another way).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from mldojo.catalog.catalog import Catalog, load_catalog
from mldojo.grading import codec
from mldojo.grading.figures import category_heights, compare_figures
from mldojo.grading.local import LocalGrader
from mldojo.grading.verdict import Verdict
from tests.conftest import CONTENT, copy_exercises

BARS = "stack.matplotlib.class_balance_bars"
CURVES = "stack.matplotlib.learning_curves"
RELIABILITY = "evaluation.calibration.reliability_diagram"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(content_root=CONTENT)


def grade(catalog: Catalog, exercise_id: str, source: str) -> Verdict:
    return LocalGrader().grade(catalog.get(exercise_id), textwrap.dedent(source), seed=11)


def failing(verdict: Verdict) -> str:
    return "\n".join(c.message for c in verdict.cases if not c.passed)


def variant(tmp_path: Path, exercise_id: str, old: str, new: str) -> Catalog:
    """A copy of a real exercise whose reference draws one thing another way."""
    root = copy_exercises(tmp_path / "content", exercise_id)
    solution = root.joinpath(*exercise_id.split("."), "solution.py")
    source = solution.read_text(encoding="utf-8")
    assert old in source
    solution.write_text(source.replace(old, new), encoding="utf-8")
    return load_catalog(content_root=root)


COUNTS = """
    import matplotlib.pyplot as plt
    import numpy as np

    def plot_class_counts(labels, class_names):
        counts = np.bincount(labels, minlength=len(class_names))
        fig, ax = plt.subplots()
        {draw}
        ax.set(xlabel="class", ylabel="examples", title="Class balance")
        return fig
"""


def bars(draw: str) -> str:
    return COUNTS.format(draw=draw)


def test_bars_under_the_wrong_names_fail_and_say_which_bar_sits_where(catalog: Catalog) -> None:
    # The bars are in class order, but the names under them are sorted alphabetically.
    shuffled = bars(
        "ax.bar(range(len(counts)), counts)\n"
        "        ax.set_xticks(range(len(counts)), sorted(class_names))"
    )
    verdict = grade(catalog, BARS, shuffled)
    assert not verdict.passed
    message = failing(verdict)
    assert "the bar over '" in message and "the x axis reads" in message, message
    assert "should read" in message


def test_bars_without_their_names_fail_and_the_names_any_way_pass(catalog: Catalog) -> None:
    unnamed = grade(catalog, BARS, bars("ax.bar(range(len(counts)), counts)"))
    assert not unnamed.passed
    assert "should name the category under each bar" in failing(unnamed)
    for draw in (
        "ax.bar(range(len(counts)), counts)\n"
        "        ax.set_xticks(range(len(counts)), class_names)",
        "ax.bar(np.arange(len(counts)), counts, tick_label=class_names)",
        "ax.bar(class_names, counts)\n        ax.tick_params(axis='x', labelrotation=45)",
    ):
        verdict = grade(catalog, BARS, bars(draw))
        assert verdict.passed, (draw, failing(verdict))


def test_numeric_tick_labels_never_fail_a_right_figure(catalog: Catalog) -> None:
    # Another size and other margins give other automatic tick labels on both axes.
    solution = catalog.get(CURVES).solution_source()
    resized = solution.replace(
        "fig, ax = plt.subplots()", "fig, ax = plt.subplots(figsize=(11, 2.5))\n    ax.margins(0.3)"
    )
    assert resized != solution
    verdict = grade(catalog, CURVES, resized)
    assert verdict.passed, failing(verdict)


def test_category_heights_pair_each_name_with_the_bar_over_it() -> None:
    figure = Figure()
    axes = figure.add_subplot()
    axes.bar(range(3), [3.0, 1.0, 2.0])
    axes.set_xticks(range(3), ["c", "a", "b"])
    summary = codec.decode(codec.encode(figure))
    assert category_heights(summary["axes"][0]) == {"c": 3.0, "a": 1.0, "b": 2.0}
    ticks = summary["axes"][0]["xticks"]
    assert ticks["labels"] == ["c", "a", "b"] and ticks["named"]
    assert not summary["axes"][0]["yticks"]["named"]


def test_a_figure_legend_counts_as_the_legend(catalog: Catalog) -> None:
    solution = catalog.get(CURVES).solution_source()
    verdict = grade(catalog, CURVES, solution.replace("ax.legend()", "fig.legend()"))
    assert verdict.passed, failing(verdict)
    renamed = solution.replace("ax.legend()", 'fig.legend(["train", "valid"])')
    assert "the legend should read ['train', 'validation']" in failing(
        grade(catalog, CURVES, renamed)
    )


UNLABELLED_CURVES = """
    import matplotlib.pyplot as plt
    import numpy as np

    def plot_learning_curves(train_loss, val_loss):
        epochs = np.arange(1, len(train_loss) + 1)
        fig, ax = plt.subplots()
        {draw}
        ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
        {legend}
        return fig
"""


@pytest.mark.parametrize(
    "legend",
    [
        'ax.legend(["train", "validation"])',
        'ax.legend([valid, train], ["validation", "train"])',
        'fig.legend([train, valid], ["train", "validation"])',
    ],
)
def test_a_legend_names_the_lines_it_was_given(catalog: Catalog, legend: str) -> None:
    draw = "train, = ax.plot(epochs, train_loss)\n        valid, = ax.plot(epochs, val_loss)"
    verdict = grade(catalog, CURVES, UNLABELLED_CURVES.format(draw=draw, legend=legend))
    assert verdict.passed, failing(verdict)


def test_a_legend_entry_names_no_line_when_two_are_drawn_alike(catalog: Catalog) -> None:
    draw = 'ax.plot(epochs, train_loss, "k")\n        ax.plot(epochs, val_loss, "k")'
    legend = 'ax.legend(["train", "validation"])'
    verdict = grade(catalog, CURVES, UNLABELLED_CURVES.format(draw=draw, legend=legend))
    assert "the line 'train' is missing: label it 'train'" in failing(verdict)


def test_a_legend_names_bars_and_points_drawn_like_its_entries() -> None:
    def draw(figure: Figure) -> None:
        axes = figure.add_subplot()
        base = axes.bar([1, 2], [3.0, 4.0])
        top = axes.bar([1, 2], [1.0, 1.0], bottom=[3.0, 4.0])
        points = axes.scatter([1.5], [2.0])
        figure.legend([top, base, points], ["top", "base", "point"])

    axes = described(draw)["axes"][0]
    assert [b["label"] for b in axes["bars"]] == ["base", "top"]
    assert [p["label"] for p in axes["scatter"]] == ["point"]


def test_a_reference_with_a_figure_legend_asks_for_a_legend(tmp_path: Path) -> None:
    catalog = variant(tmp_path, CURVES, "ax.legend()", "fig.legend()")
    solution = catalog.get(CURVES).solution_source()
    without = grade(catalog, CURVES, solution.replace("    fig.legend()\n", ""))
    assert not without.passed
    assert "add a legend" in failing(without)
    on_the_axes = grade(catalog, CURVES, solution.replace("fig.legend()", "ax.legend()"))
    assert on_the_axes.passed, failing(on_the_axes)


def test_the_summary_says_where_the_legend_is() -> None:
    figure = Figure()
    left, right = figure.subplots(1, 2)
    left.plot([0, 1], [0, 1], label="train")
    right.plot([0, 1], [1, 0], label="validation")
    right.legend()
    figure.legend()
    summary = codec.decode(codec.encode(figure))
    assert [a["legend"] for a in summary["axes"]] == [["train"], ["validation"]]
    assert [a["legend_at"] for a in summary["axes"]] == ["figure", "axes"]
    assert summary["legends"] == [["train", "validation"]]


def described(draw: Callable[[Figure], None]) -> codec.FigureSummary:
    figure = Figure()
    draw(figure)
    summary = codec.decode(codec.encode(figure))
    assert isinstance(summary, codec.FigureSummary)
    return summary


def test_a_figure_legend_may_also_name_a_twin_axes_lines() -> None:
    def twins(figure: Figure, legend: str) -> None:
        loss = figure.add_subplot()
        accuracy = loss.twinx()
        (a,) = loss.plot([1, 2, 3], [0.9, 0.5, 0.4], label="loss")
        (b,) = accuracy.plot([1, 2, 3], [0.6, 0.8, 0.9], label="accuracy")
        if legend == "axes":  # one legend on the first axes for both lines
            loss.legend([a, b], ["loss", "accuracy"])
        elif legend == "figure":
            figure.legend()
        else:
            figure.legend([a], ["loss"])

    asked = described(lambda f: twins(f, "axes"))
    assert compare_figures(asked, described(lambda f: twins(f, "figure"))) is None
    short = compare_figures(asked, described(lambda f: twins(f, "loss only")))
    assert short == "in axes 1, the legend should read ['loss', 'accuracy'], it reads ['loss']"


def test_tick_labels_are_capped_in_number_and_length() -> None:
    def many(figure: Figure) -> None:
        axes = figure.add_subplot()
        axes.bar(range(500), [1.0] * 500)
        axes.set_xticks(range(500), [f"class {i} " * 20 for i in range(500)])

    ticks = described(many)["axes"][0]["xticks"]
    assert len(ticks["labels"]) == codec.MAX_TICKS == len(ticks["at"])
    assert max(map(len, ticks["labels"])) == codec.MAX_TICK_TEXT
    assert ticks["at"][:3] == [0.0, 1.0, 2.0]


def test_an_extra_infinite_line_is_named_as_one() -> None:
    def curve(figure: Figure, extra: bool) -> None:
        axes = figure.add_subplot()
        axes.plot([1, 2, 3], [3, 1, 2], label="loss")
        if extra:
            axes.axline((1, 2), (3, 2), label="target")

    problem = compare_figures(
        described(lambda f: curve(f, False)), described(lambda f: curve(f, True))
    )
    assert problem == (
        "the figure should have 0 infinite lines drawn with ax.axline, it has 1: "
        "the line 'target' runs through (1, 2) with slope 0"
    )


@pytest.mark.parametrize(
    "extra, said",
    [
        (lambda a: a.axhline(2.5, color="gray"), ": a horizontal line at y = 2.5 is not asked for"),
        (lambda a: a.axvline(2), ": a vertical line at x = 2 is not asked for"),
        (lambda a: a.plot([1, 3], [1, 3], label="trend"), ": the line 'trend' is not asked for"),
        (lambda a: a.plot([1, 3], [1, 3]), ""),  # which of two lines is extra: not said
    ],
)
def test_a_line_drawn_beyond_those_asked_for_is_named(
    extra: Callable[[Axes], object], said: str
) -> None:
    def chart(figure: Figure, more: bool) -> None:
        axes = figure.add_subplot()
        axes.plot([1, 2, 3], [3, 1, 2])
        if more:
            extra(axes)

    problem = compare_figures(
        described(lambda f: chart(f, False)), described(lambda f: chart(f, True))
    )
    assert problem == "expected 1 line, got 2" + said


def test_an_infinite_diagonal_of_the_wrong_slope_fails(catalog: Catalog) -> None:
    solution = catalog.get(RELIABILITY).solution_source()
    diagonal = 'ax.plot([0, 1], [0, 1], linestyle="--", label="perfect calibration")'
    assert diagonal in solution
    steep = solution.replace(
        diagonal, 'ax.axline((0, 0), slope=2, linestyle="--", label="perfect calibration")'
    )
    verdict = grade(catalog, RELIABILITY, steep)
    assert not verdict.passed
    message = failing(verdict)
    assert "ax.axline" in message and "slope 2" in message, message


def test_an_infinite_line_is_compared_as_the_line_it_draws(tmp_path: Path) -> None:
    diagonal = 'ax.plot([0, 1], [0, 1], linestyle="--", label="perfect calibration")'
    catalog = variant(
        tmp_path,
        RELIABILITY,
        diagonal,
        'ax.axline((0, 0), slope=1, linestyle="--", label="perfect calibration")',
    )
    solution = catalog.get(RELIABILITY).solution_source()
    for same_line in ("(0.5, 0.5), (2, 2)", "(1, 1), slope=1.0", "(0.0, 0.0), (1.0, 1.0)"):
        line = f'ax.axline({same_line}, label="perfect calibration")'
        source = solution.replace(
            'ax.axline((0, 0), slope=1, linestyle="--", label="perfect calibration")', line
        )
        verdict = grade(catalog, RELIABILITY, source)
        assert verdict.passed, (same_line, failing(verdict))
    for other, words in (
        (
            "(0, 0), slope=2",
            "should run through (0, 0) with slope 1, it runs through (0, 0) with slope 2",
        ),
        ("(0, 0.1), (1, 1.1)", "with slope 1, it runs through (0, 0.1) with slope 1"),
        ("(0.5, 0), (0.5, 1)", "it runs through (0.5, 0) vertically"),
    ):
        source = solution.replace(
            'ax.axline((0, 0), slope=1, linestyle="--", label="perfect calibration")',
            f'ax.axline({other}, label="perfect calibration")',
        )
        verdict = grade(catalog, RELIABILITY, source)
        assert not verdict.passed and words in failing(verdict), (other, failing(verdict))
    segment = grade(
        catalog,
        RELIABILITY,
        solution.replace(
            'ax.axline((0, 0), slope=1, linestyle="--", label="perfect calibration")', diagonal
        ),
    )
    assert "should be an infinite line drawn with ax.axline" in failing(segment)


def test_an_empty_line_gets_a_verdict_not_a_grader_error(catalog: Catalog) -> None:
    # Every bin skipped: the model line has no points at all.
    solution = catalog.get(RELIABILITY).solution_source()
    empty = solution.replace("full = count > 0", "full = count < 0")
    assert empty != solution
    verdict = grade(catalog, RELIABILITY, empty)
    assert not verdict.passed
    assert "the line 'model' has the wrong x data" in failing(verdict)
    [pair] = verdict.figures
    assert pair["got"]["axes"][0]["lines"][1]["x"] == []


def test_artists_are_named_as_a_person_reads_their_labels() -> None:
    def lines(train: str) -> Callable[[Figure], None]:
        def draw(figure: Figure) -> None:
            axes = figure.add_subplot()
            axes.plot([1, 2, 3], [3.0, 2.0, 1.5], label=train)
            axes.axline((0, 0), slope=1, label=train.replace("rain", "ruth"))

        return draw

    asked = described(lines("train"))
    assert compare_figures(asked, described(lines("Train "))) is None
    assert "the line 'train' is missing" in str(compare_figures(asked, described(lines("test"))))


def test_a_colorbar_is_not_a_panel_of_its_own() -> None:
    def dots(extra: str) -> Callable[[Figure], None]:
        def draw(figure: Figure) -> None:
            axes = figure.add_subplot()
            shown = axes.scatter([1.0, 2.0], [2.0, 1.0], c=[0.5, 1.5])
            if extra == "colorbar":
                figure.colorbar(shown)
            elif extra == "axes":
                figure.add_axes((0.9, 0.1, 0.05, 0.8))

        return draw

    asked = described(dots(""))
    assert described(dots("colorbar"))["axes"][1]["colorbar"]
    assert compare_figures(asked, described(dots("colorbar"))) is None
    assert (
        compare_figures(asked, described(dots("axes"))) == "the figure should have 1 axes, it has 2"
    )
    # A figure asked to show its scale keeps the colorbar in the count.
    assert compare_figures(described(dots("colorbar")), asked) == (
        "the figure should have 2 axes, it has 1"
    )


def _lines(hide: Callable[[Figure], None] | None = None) -> Callable[[Figure], None]:
    def draw(figure: Figure) -> None:
        axes = figure.add_subplot()
        axes.plot([1, 2, 3, 4], [0.9, 0.5, 0.4, 0.35], label="train")
        axes.plot([1, 2, 3, 4], [1.0, 0.7, 0.6, 0.62], label="validation")
        axes.legend()
        if hide is not None:
            hide(figure)

    return draw


@pytest.mark.parametrize(
    "hide",
    [
        lambda f: f.axes[0].lines[1].set_visible(False),
        lambda f: f.axes[0].lines[1].set_alpha(0),
        lambda f: f.axes[0].lines[1].set_linestyle("none"),  # no marker either
        lambda f: f.axes[0].lines[1].set_linewidth(0),
    ],
    ids=["invisible", "transparent", "no-line-style", "no-width"],
)
def test_a_series_that_is_not_drawn_does_not_count(hide: Callable[[Figure], None]) -> None:
    problem = compare_figures(described(_lines()), described(_lines(hide)))
    assert problem is not None and problem.startswith("expected 2 lines, got 1")


def test_markers_alone_draw_a_series() -> None:
    def markers(figure: Figure) -> None:
        figure.axes[0].lines[1].set_linestyle("none")
        figure.axes[0].lines[1].set_marker("o")

    assert compare_figures(described(_lines()), described(_lines(markers))) is None


def test_a_hidden_axes_is_not_part_of_the_figure() -> None:
    def panels(figure: Figure, hide: bool) -> None:
        left, right = figure.subplots(1, 2)
        left.plot([1, 2], [3, 4])
        right.plot([1, 2], [4, 3])
        right.set_visible(not hide)

    problem = compare_figures(
        described(lambda f: panels(f, False)), described(lambda f: panels(f, True))
    )
    assert problem == "the figure should have 2 axes, it has 1"


@pytest.mark.parametrize(
    ("turn", "said"),
    [
        (lambda f: f.axes[0].invert_yaxis(), "the y axis runs downward (inverted)"),
        (lambda f: f.axes[0].set_xlim(5, 0), "the x axis runs from right to left (inverted)"),
    ],
)
def test_an_axis_that_runs_the_wrong_way_fails(turn: Callable[[Figure], None], said: str) -> None:
    problem = compare_figures(described(_lines()), described(_lines(turn)))
    assert problem is not None and problem.startswith(said)


def test_limits_that_hide_data_fail_and_any_that_show_it_pass() -> None:
    asked = described(_lines())
    problem = compare_figures(asked, described(_lines(lambda f: f.axes[0].set_xlim(2.5, 6))))
    assert problem == (
        "the x axis shows only 2.5 to 6, which hides 4 data points: the line 'train' reaches "
        "x = 1; widen the limits (ax.set_xlim) or leave them to Matplotlib"
    )
    for shown in (
        lambda f: f.axes[0].set_xlim(1, 4),  # to the edges, no margin
        lambda f: f.axes[0].set_ylim(0, 2),
        lambda f: f.axes[0].margins(0.5),
    ):
        assert compare_figures(asked, described(_lines(shown))) is None


def test_a_bar_chart_whose_axis_starts_above_zero_hides_the_bars_bases() -> None:
    def bars(figure: Figure, low: float) -> None:
        axes = figure.add_subplot()
        axes.bar(["a", "b", "c"], [10, 20, 30])
        axes.set_ylim(low, 35)

    asked = described(lambda f: bars(f, 0))
    cut = compare_figures(asked, described(lambda f: bars(f, 5)))
    assert cut is not None and "hides 3 data points: a bar reaches y = 0;" in cut
    assert compare_figures(asked, described(lambda f: bars(f, -1))) is None


def test_a_hidden_point_is_named_by_its_series_number_only_among_several() -> None:
    def two(figure: Figure, low: float) -> None:
        axes = figure.add_subplot()
        axes.bar([0, 1], [10, 20])
        axes.bar([0, 1], [5, 5], bottom=[10, 20])
        axes.set_ylim(low, 30)

    cut = compare_figures(described(lambda f: two(f, 0)), described(lambda f: two(f, 12)))
    assert cut is not None and "bar series 1 reaches y = 0;" in cut


def test_limits_that_hide_what_the_reference_hides_pass() -> None:
    def clipped(figure: Figure, low: float) -> None:
        axes = figure.add_subplot()
        axes.scatter([0.1, 0.5, 0.9], [0.2, 0.6, 1.5])
        axes.set_ylim(low, 1)

    asked = described(lambda f: clipped(f, 0))
    assert compare_figures(asked, described(lambda f: clipped(f, -0.1))) is None
    more = compare_figures(asked, described(lambda f: clipped(f, 0.3)))
    assert more is not None and "hides 2 data points: a point reaches y = 0.2;" in more


def test_points_faded_one_by_one_are_described() -> None:
    # ax.scatter takes one alpha per point; an array of them is no reason to refuse a figure.
    def dots(figure: Figure, alpha: object) -> None:
        axes = figure.add_subplot()
        axes.scatter([1.0, 2.0, 3.0], [2.0, 1.0, 3.0], alpha=alpha)

    asked = described(lambda f: dots(f, None))
    assert compare_figures(asked, described(lambda f: dots(f, [0.2, 0.6, 1.0]))) is None
    gone = described(lambda f: dots(f, [0.0, 0.0, 0.0]))
    problem = compare_figures(asked, gone)
    assert problem is not None and problem.startswith("expected 1 scatter series, got 0: ")


@pytest.mark.parametrize(
    ("draw", "what"),
    [
        (lambda a: a.plot([1, 2, 3], [3, 1, 2], color="none"), "lines"),
        (lambda a: a.plot([1, 2, 3], [3, 1, 2], "o-", color=(0, 0, 1, 0)), "lines"),
        (lambda a: a.scatter([1, 2, 3], [3, 1, 2], color="none"), "scatter"),
        (lambda a: a.scatter([1, 2, 3], [3, 1, 2], facecolors="none"), "scatter"),
        (lambda a: a.scatter([1, 2, 3], [3, 1, 2], s=0), "scatter"),
        (lambda a: a.bar([1, 2, 3], [3, 1, 2], color="none"), "bars"),
    ],
    ids=["line", "line-and-markers", "points", "points-face-only", "points-no-size", "bars"],
)
def test_a_series_drawn_in_no_colour_is_not_drawn(
    draw: Callable[[Axes], object], what: str
) -> None:
    assert described(lambda f: draw(f.add_subplot()))["axes"][0][what] == []


@pytest.mark.parametrize(
    "draw",
    [
        lambda a: a.scatter([1, 2], [1, 2], facecolors="none", edgecolors="C0"),
        lambda a: a.scatter([1, 2], [1, 2], c=[0.1, 0.9], cmap="viridis"),
        lambda a: a.plot([1, 2], [1, 2], linestyle="none", marker="o", markerfacecolor="none"),
        lambda a: a.bar([1, 2], [1, 2], fill=False),
        lambda a: a.bar([1, 2], [1, 2], color="none", hatch="//"),
    ],
    ids=["hollow-points", "mapped-colours", "hollow-markers", "outline-bars", "hatched-bars"],
)
def test_an_outline_or_a_colour_map_still_draws_a_series(draw: Callable[[Axes], object]) -> None:
    axes = described(lambda f: draw(f.add_subplot()))["axes"][0]
    assert len(axes["lines"]) + len(axes["scatter"]) + len(axes["bars"]) == 1


def test_an_empty_cell_with_its_axis_turned_off_is_not_part_of_the_figure() -> None:
    # ax.axis("off") on a cell with nothing in it draws nothing, as a hidden axes does;
    # an axes turned off that still shows something stays.
    def panels(figure: Figure, spare: str) -> None:
        left, right = figure.subplots(1, 2)
        left.plot([1, 2], [3, 4])
        right.axis("off")
        if spare == "image":
            right.imshow([[0, 1], [1, 0]])
        elif spare == "title":
            right.set_title("notes")

    one = described(lambda f: panels(f, "empty"))
    assert len(one["axes"]) == 1
    assert len(described(lambda f: panels(f, "image"))["axes"]) == 2
    assert len(described(lambda f: panels(f, "title"))["axes"]) == 2


def test_a_series_missing_because_it_shows_nothing_is_said_so() -> None:
    hidden = described(_lines(lambda f: f.axes[0].lines[1].set_color("none")))
    assert compare_figures(described(_lines()), hidden) == (
        "expected 2 lines, got 1: 1 more line is on the axes but shows nothing (set "
        "invisible, alpha=0, a colour such as 'none', or neither a line style nor a marker)"
    )
    forgotten = described(_lines(lambda f: f.axes[0].lines[1].remove()))
    assert compare_figures(described(_lines()), forgotten) == "expected 2 lines, got 1"
