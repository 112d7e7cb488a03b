"""Every unreadable submission gets one sentence that says what is wrong and how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.errors import SubmissionError
from mldojo.grading.submission import read_submission


def test_a_plain_python_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.py"
    path.write_text("x = 'ü'\n", encoding="utf-8")
    assert read_submission(path) == "x = 'ü'\n"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "is a folder, not a file"),
        (lambda p: p.write_bytes("x = 'é'".encode("latin-1")), "is not UTF-8 text"),
        (lambda p: p.write_bytes(b"\x7fELF\x00\x00binary"), "is binary"),
        (lambda p: p.write_bytes(b"#" * 1_000_001), "over the 1,000,000-byte limit"),
    ],
)
def test_unreadable_submissions(tmp_path: Path, make, words: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sub.py"
    make(path)
    with pytest.raises(SubmissionError) as caught:
        read_submission(path)
    assert words in caught.value.message and str(path) in caught.value.message
