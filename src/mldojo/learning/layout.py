"""Text, tables and small bars laid out on A4 pages, then drawn as Matplotlib figures.

The PDF report is made of these pages. What a page holds is laid out first as plain
data, `Line`s placed on a `Sheet` in points from the page's top left corner, so it can be
checked before anything is drawn: each piece of text is measured in the font it is
drawn in and wrapped to its column, and a line that would run past the bottom margin
goes on a next page, under its chapter's and section's titles marked "(continued)" and
the table's header again. A block (a table row with what belongs to it) stays on one
page when it fits on one; a title never ends a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.textpath import text_to_path
from matplotlib.transforms import Affine2D, Bbox, BboxTransform

A4 = (595.28, 841.89)  # width and height in points (1/72 inch)
MARGIN = 54.0  # three quarters of an inch on every side
WIDTH = A4[0] - 2 * MARGIN  # the text column; x is measured from its left edge
BOTTOM = A4[1] - MARGIN  # no line reaches below this
GAP = 10.0  # between table columns
INK = "#1f2328"
MUTED = "#5f6670"
RULE = "#c8cdd4"
CONTINUED = " (continued)"


@dataclass(frozen=True)
class Style:
    size: float = 9.5
    weight: str = "normal"
    color: str = INK
    italic: bool = False

    @property
    def leading(self) -> float:
        """The height of one line of this text, the space between lines included."""
        return round(self.size * 1.4, 2)

    def font(self) -> FontProperties:
        return FontProperties(
            family="sans-serif",
            size=self.size,
            weight=self.weight,
            style="italic" if self.italic else "normal",
        )


BODY = Style()
TITLE = Style(20, "bold")
HEADING = Style(13, "bold")
RUNNING = Style(10, "bold", MUTED)  # the chapter's title again on the pages it goes on to
FOOTER = Style(7.5, color=MUTED)


@lru_cache(maxsize=8192)
def width_of(text: str, style: Style) -> float:
    """The width of `text` in points, from the font's own metrics (as the PDF draws it)."""
    width, _, _ = text_to_path.get_text_width_height_descent(text, style.font(), ismath=False)
    return float(width)


def wrap(text: str, width: float, style: Style) -> list[str]:
    """`text` broken into lines no wider than `width` points, at spaces where it can be
    and inside a word only where the word alone is wider. Never an empty list."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if width_of(candidate, style) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while width_of(line, style) > width and len(line) > 1:
                cut = max(
                    (n for n in range(1, len(line)) if width_of(line[:n], style) <= width),
                    default=1,
                )
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Piece:
    """Text on a line: `x` points from the text column's left edge, its top at the line's."""

    x: float
    text: str
    style: Style


@dataclass(frozen=True)
class Box:
    """A filled rectangle on a line: `y` points below the line's top."""

    x: float
    y: float
    width: float
    height: float
    color: str
    alpha: float = 1.0


@dataclass(frozen=True)
class Line:
    height: float
    pieces: tuple[Piece, ...] = ()
    boxes: tuple[Box, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """Text for a table cell, wrapped to its column."""

    text: str
    style: Style = BODY


@dataclass(frozen=True)
class Column:
    x: float
    width: float


def columns(*widths: float, start: float = 0.0) -> tuple[Column, ...]:
    """Columns of these widths side by side from `start`, GAP apart; a width of 0 takes
    what is left of the text column."""
    rest = WIDTH - start - sum(widths) - GAP * (len(widths) - 1)
    found = []
    x = start
    for width in widths:
        width = width or rest
        found.append(Column(x, width))
        x += width + GAP
    return tuple(found)


def space(height: float) -> Line:
    return Line(height)


def rule(color: str = RULE, before: float = 4.0, after: float = 5.0) -> Line:
    """A thin line across the text column."""
    return Line(before + after, boxes=(Box(0, before, WIDTH, 0.8, color),))


def paragraph(text: str, style: Style = BODY, *, x: float = 0.0) -> list[Line]:
    """`text` wrapped to the text column from `x`, one line each."""
    return row([Column(x, WIDTH - x)], [[Paragraph(text, style)]])


def row(
    grid: Sequence[Column], cells: Sequence[Sequence[Paragraph]], boxes: tuple[Box, ...] = ()
) -> list[Line]:
    """A table row: each cell's paragraphs wrapped to its column, the cells side by side
    and their lines level; `boxes` go on the row's first line."""
    laid = [
        [
            (column.x, text, item.style)
            for item in cell
            for text in wrap(item.text, column.width, item.style)
        ]
        for column, cell in zip(grid, cells, strict=True)
    ]
    found = []
    for i in range(max(1, *(len(lines) for lines in laid))):
        here = [lines[i] for lines in laid if i < len(lines)]
        found.append(
            Line(
                max((style.leading for _, _, style in here), default=BODY.leading),
                tuple(Piece(x, text, style) for x, text, style in here if text),
                boxes if i == 0 else (),
            )
        )
    return found


@dataclass(frozen=True)
class Block:
    """Lines kept on one page where they fit on one."""

    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Section:
    title: str | None
    blocks: tuple[Block, ...]
    header: tuple[Line, ...] = ()  # under the title, and again on each page it goes on to


@dataclass(frozen=True)
class Chapter:
    """Pages of their own: the title, `intro` under it on the first page, the sections."""

    title: str
    sections: tuple[Section, ...]
    intro: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Sheet:
    """One page: each line with how far its top is below the page's top edge (points),
    and a plot with the box it fills (left, top, width, height, in points likewise)."""

    lines: tuple[tuple[float, Line], ...]
    plot: Figure | None = None
    plot_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def _title(text: str, style: Style, after: float) -> list[Line]:
    return [*paragraph(text, style), space(after)]


def lay_out(chapter: Chapter) -> list[Sheet]:
    """The chapter on as many pages as it takes."""
    pages: list[list[tuple[float, Line]]] = []
    top = below_titles = MARGIN

    def put(lines: Iterable[Line]) -> None:
        nonlocal top
        for line in lines:
            pages[-1].append((top, line))
            top += line.height

    def turn(section: Section | None) -> None:
        """A fresh page; `section` is the one that goes on to it, if any."""
        nonlocal top, below_titles
        pages.append([])
        top = MARGIN
        put(_title(chapter.title + CONTINUED, RUNNING, 6))
        below_titles = top
        put(_continued(section))

    def head(section: Section) -> list[Line]:
        lines = _title(section.title, HEADING, 4) if section.title else []
        return [*([space(12)] if top > below_titles else []), *lines, *section.header]

    pages.append([])
    put(_title(chapter.title, TITLE, 4))
    put(chapter.intro)
    below_titles = top
    for section in chapter.sections:
        for i, block in enumerate(section.blocks):
            going_on = section if i else None
            lines = [*(head(section) if i == 0 else []), *block.lines]
            if top + sum(line.height for line in lines) > BOTTOM:
                fits_fresh = sum(line.height for line in lines) <= _room(chapter, going_on)
                starts_here = top + sum(
                    line.height for line in lines[: len(lines) - len(block.lines) + 1]
                )
                if fits_fresh or starts_here > BOTTOM:
                    turn(going_on)
                    lines = [*(head(section) if i == 0 else []), *block.lines]
            for line in lines:
                if top + line.height > BOTTOM:
                    turn(section)
                put([line])
    return [Sheet(tuple(page)) for page in pages]


def _continued(section: Section | None) -> list[Line]:
    """What goes on top of a page that a section goes on to: its title and table header."""
    if section is None:
        return []
    title = _title(section.title + CONTINUED, HEADING, 4) if section.title else []
    return [*title, *section.header]


def _room(chapter: Chapter, section: Section | None) -> float:
    """How much a page the chapter (and `section`) goes on to has below its titles."""
    above = [*_title(chapter.title + CONTINUED, RUNNING, 6), *_continued(section)]
    return BOTTOM - MARGIN - sum(line.height for line in above)


def plot_sheet(title: str, caption: str, figure: Figure) -> Sheet:
    """A page holding a plot under its title (which stands for the plot's own), with a
    caption under the plot that says how to read it."""
    heading = _title(title, TITLE, 6)
    above = MARGIN + sum(line.height for line in heading)
    under = paragraph(caption, Style(9.5, color=MUTED))
    width, height = figure.get_size_inches()
    box_height = min(WIDTH * height / width, BOTTOM - above - 8 - sum(li.height for li in under))
    for axes in figure.axes:
        axes.set_title("")
    lines = []
    top = MARGIN
    for line in [*heading, space(box_height + 8), *under]:
        lines.append((top, line))
        top += line.height
    return Sheet(tuple(lines), figure, (MARGIN, above, WIDTH, box_height))


def _fit(figure: Figure, box: tuple[float, float, float, float]) -> None:
    """Move and size the plot's axes so that all it draws, labels and legends outside the
    axes too, fills `box` (left, top, width, height in points) and stays inside it."""
    left, top, width, height = box
    target = Bbox.from_bounds(
        left / A4[0], 1 - (top + height) / A4[1], width / A4[0], height / A4[1]
    )
    to_fraction = Affine2D().scale(1 / figure.get_figwidth(), 1 / figure.get_figheight())
    # (matplotlib's Agg canvas ships without type annotations)
    renderer = FigureCanvasAgg(figure).get_renderer()  # type: ignore[no-untyped-call]
    slack = target.padded(0.1 / A4[0])  # a tenth of a point
    for look in range(4):  # text keeps its size as the axes change: a second look settles it
        if not figure.axes:
            return
        content = figure.get_tightbbox(renderer).transformed(to_fraction)  # in inches before
        if look and Bbox.union([content, slack]).bounds == slack.bounds:
            return  # all inside the box
        inner = Bbox.union([a.get_position(original=False) for a in figure.axes])
        fitted = Bbox.from_extents(
            target.x0 + inner.x0 - content.x0,
            target.y0 + inner.y0 - content.y0,
            target.x1 - content.x1 + inner.x1,
            target.y1 - content.y1 + inner.y1,
        )
        step = BboxTransform(inner, fitted)
        for a in figure.axes:
            a.set_position(a.get_position(original=False).transformed(step))


def draw(sheet: Sheet, footer: str, number: int, total: int) -> Figure:
    """The page as an A4 figure, with the footer and its number at the bottom."""
    figure = sheet.plot if sheet.plot is not None else Figure()
    figure.set_size_inches(A4[0] / 72, A4[1] / 72)
    points = Affine2D().scale(1 / 72) + figure.dpi_scale_trans  # points from the bottom left
    if sheet.plot is not None:
        _fit(figure, sheet.plot_box)
    label = f"page {number} of {total}"
    room = WIDTH - width_of(label, FOOTER) - 2 * GAP
    while width_of(footer, FOOTER) > room and len(footer) > 1:
        footer = footer[:-2] + "…"
    base = BOTTOM + 14
    lines = [
        *sheet.lines,
        (base, rule(before=0, after=4)),
        (
            base + 4,
            Line(
                FOOTER.leading,
                (Piece(0, footer, FOOTER), Piece(WIDTH - width_of(label, FOOTER), label, FOOTER)),
            ),
        ),
    ]
    for top, line in lines:
        for box in line.boxes:
            figure.add_artist(
                Rectangle(
                    (MARGIN + box.x, A4[1] - top - box.y - box.height),
                    box.width,
                    box.height,
                    transform=points,
                    facecolor=box.color,
                    edgecolor="none",
                    alpha=box.alpha,
                )
            )
        for piece in line.pieces:
            style = piece.style
            figure.text(
                MARGIN + piece.x,
                A4[1] - top - (line.height - style.size * 1.17) / 2,
                piece.text,
                transform=points,
                fontproperties=style.font(),
                color=style.color,
                va="top",
                parse_math=False,
            )
    return figure
