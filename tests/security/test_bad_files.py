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


@pytest.mark.parametrize("depth", [1_000, 5_000, 100_000])
def test_code_nested_beyond_reading_is_a_failed_verdict(attack: Attack, depth: int) -> None:
    # The host reads the code before it runs (its imports, the exercise's rules): a tree
    # this deep must never crash it there; the run then fails in words.
    verdict = attack(f"def add_row_offsets(X, offsets):\n    return X\nJUNK = {'-' * depth}1\n")
    said = verdict.cases[0].message
    assert said and "grader failed" not in said
    if depth == 5_000:  # past Python's own compiler
        assert verdict.status is Status.ERROR and "nests too deeply" in said, said


def test_the_host_refuses_a_tree_deeper_than_it_reads() -> None:
    from mldojo.syntax import MAX_DEPTH, parse_module

    parse_module("x = " + "-" * (MAX_DEPTH // 2) + "1")
    for depth in (MAX_DEPTH + 5, 5_000):
        with pytest.raises(SyntaxError, match="nested more than"):
            parse_module("x = " + "-" * depth + "1")
