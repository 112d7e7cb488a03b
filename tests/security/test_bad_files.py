"""Bad files never reach the sandbox as code: each is refused in words, or fails to load."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.errors import SubmissionError
from mldojo.grading.submission import read_submission
from mldojo.grading.verdict import Status
from tests.security.conftest import Attack


@pytest.mark.parametrize(
    "content, words",
    [
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary"),
        (b"x = '\xff\xfe'\n", "not UTF-8"),
        (b"# padding\n" * 2_000_000, "over the 1,000,000-byte limit"),  # 20 MB
    ],
)
def test_files_that_are_not_source_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "submission.py"
    path.write_bytes(content)
    with pytest.raises(SubmissionError, match=words):
        read_submission(path)


def test_a_syntax_error_is_a_failed_verdict(attack: Attack) -> None:
    verdict = attack("def add_row_offsets(X, offsets:\n    return X\n")
    assert verdict.status is Status.ERROR and "SyntaxError" in verdict.cases[0].message
