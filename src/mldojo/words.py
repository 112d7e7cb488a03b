"""Small helpers for the sentences mldojo writes, shared by every layer."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """A count and its noun in agreement: "1 check", "2 checks", "1 day"."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
