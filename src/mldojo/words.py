"""Small helpers for the sentences mldojo writes, shared by every layer."""

from __future__ import annotations

import re


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """A count and its noun in agreement: "1 check", "2 checks", "1 day"."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


# Control characters other than tab and newline: a terminal obeys them (colour, cursor
# moves, a bell) and a page shows them as nothing, so a text that quotes what someone
# typed writes them out instead.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown_plainly(text: str) -> str:
    """`text` with each control character written out (`\\x1b`), seen as typed."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
