"""Text laid out on A4 pages: wrapped to its column, and continued on a next page."""

from __future__ import annotations

import re

from mldojo.learning.layout import (
    BOTTOM,
    MARGIN,
    WIDTH,
    Block,
    Chapter,
    Paragraph,
    Section,
    Style,
    columns,
    lay_out,
    paragraph,
    row,
    width_of,
    wrap,
)


def test_long_content_goes_on_to_pages_marked_continued_and_loses_nothing() -> None:
    grid = columns(60, 0)
    header = row(grid, [[Paragraph("Day")], [Paragraph("What")]])
    rows = tuple(
        Block(
            tuple(
                row(
                    grid,
                    [[Paragraph(f"row{n}")], [Paragraph(" ".join(f"r{n}w{i}" for i in range(60)))]],
                )
            )
        )
        for n in range(30)
    )
    giant = " ".join(f"g{i}" for i in range(2500))  # taller than a page on its own
    chapter = Chapter(
        "Title",
        (
            Section("Table", rows, tuple(header)),
            Section("Giant", (Block(tuple(paragraph(giant))),)),
        ),
    )
    sheets = lay_out(chapter)
    assert len(sheets) > 3
    for sheet in sheets:
        for top, line in sheet.lines:
            assert MARGIN <= top <= top + line.height <= BOTTOM
            for piece in line.pieces:
                assert piece.x >= 0 and piece.x + width_of(piece.text, piece.style) <= WIDTH
    pages = [[p.text for _, line in sheet.lines for p in line.pieces] for sheet in sheets]
    assert pages[0][0] == "Title" and all(page[0] == "Title (continued)" for page in pages[1:])
    assert pages[1][1:4] == ["Table (continued)", "Day", "What"]  # its header again
    assert all(page[-1] not in ("Table", "Giant") for page in pages)  # no title ends a page
    words = [word for page in pages for text in page for word in text.split()]
    for n in range(30):  # every row whole on one page, in order
        assert len({i for i, page in enumerate(pages) if f"row{n}" in page}) == 1
        assert len({i for i, page in enumerate(pages) if any(f"r{n}w" in t for t in page)}) == 1
    assert [w for w in words if w.startswith("row")] == [f"row{n}" for n in range(30)]
    assert [w for w in words if re.fullmatch(r"r\d+w\d+", w)] == [
        f"r{n}w{i}" for n in range(30) for i in range(60)
    ]
    assert [w for w in words if re.fullmatch(r"g\d+", w)] == giant.split()


def test_text_wraps_to_its_width_at_spaces_and_inside_a_word_only_when_it_must() -> None:
    style = Style()
    lines = wrap("a " + "x" * 200 + " short words here", 120, style)
    assert all(width_of(line, style) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == ("a" + "x" * 200 + "shortwordshere")
    assert lines[0] == "a" and lines[-1].endswith("words here")
    assert wrap("", 100, style) == [""]
