"""Every unreadable submission gets one sentence that says what is wrong and how to fix it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from mldojo.errors import SubmissionError, SubmissionTooLarge
from mldojo.grading.submission import check_source, decode_submission, read_submission
from mldojo.settings import MAX_SUBMISSION_BYTES
from tests.conftest import BROADCAST


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


def test_devices_and_pipes_are_refused_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(SubmissionError, match="is not a regular file"):
            read_submission(path)


def test_a_path_the_system_refuses_gets_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(SubmissionError, match="cannot be read"):
        read_submission(tmp_path / ("a" * 300 + ".py"))  # over the file-name limit


def test_a_byte_order_mark_is_not_part_of_the_source(tmp_path: Path) -> None:
    path = tmp_path / "bom.py"
    path.write_bytes(b"\xef\xbb\xbfx = 1\n")
    assert read_submission(path) == "x = 1\n"


def test_a_file_over_the_limit_is_refused_as_too_large_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.py"
    path.write_bytes(b"#" * (MAX_SUBMISSION_BYTES + 1))
    with pytest.raises(SubmissionTooLarge, match=f"'{re.escape(str(path))}' is 1,000,001 bytes"):
        read_submission(path)


def test_code_sent_as_text_is_held_to_the_same_rule() -> None:
    assert check_source("x = 'ü'\n", BROADCAST) == "x = 'ü'\n"
    # The limit counts UTF-8 bytes, as a file's size does: 'ü' is two.
    at_limit = "ü" * (MAX_SUBMISSION_BYTES // 2)
    assert check_source(at_limit, BROADCAST) is at_limit
    with pytest.raises(SubmissionTooLarge) as caught:
        check_source(at_limit + "#", BROADCAST)
    assert f"'{BROADCAST}' is 1,000,001 bytes" in caught.value.message
    assert "over the 1,000,000-byte limit" in caught.value.message
    # Text typed or pasted (in the web editor) is not a binary file: the NUL is named.
    with pytest.raises(SubmissionError, match=f"text sent for '{re.escape(BROADCAST)}'") as nul:
        check_source("x = 1\0\n", BROADCAST)
    assert not isinstance(nul.value, SubmissionTooLarge)
    assert "holds a NUL character" in nul.value.message and ".py" not in nul.value.message


@pytest.mark.parametrize(
    "raw",
    [b"x = 1\0\n", b"\x7fELF\x00\xff\xfe"],  # UTF-8 text holding a NUL, and not UTF-8 at all
)
def test_a_file_with_nul_bytes_is_called_binary_whatever_its_encoding(raw: bytes) -> None:
    with pytest.raises(SubmissionError, match="'sub.py' is binary"):
        decode_submission(raw, "sub.py")
