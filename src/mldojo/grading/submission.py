"""Reading a learner's file: every way it can be unreadable gets its own clear sentence."""

from __future__ import annotations

from pathlib import Path

from mldojo.errors import SubmissionError
from mldojo.settings import MAX_SUBMISSION_BYTES


def read_submission(path: Path) -> str:
    if not path.exists():
        raise SubmissionError(
            f"The file '{path}' does not exist: check the path, or run `mldojo start ID` "
            "to create it."
        )
    if path.is_dir():
        raise SubmissionError(f"'{path}' is a folder, not a file: pass the .py file you wrote.")
    try:
        size = path.stat().st_size
        if size > MAX_SUBMISSION_BYTES:
            raise SubmissionError(
                f"The file '{path}' is {size:,} bytes, over the {MAX_SUBMISSION_BYTES:,}-byte "
                "limit for a submission: submit the source only, without data."
            )
        raw = path.read_bytes()
    except PermissionError:
        raise SubmissionError(
            f"The file '{path}' cannot be read (permission denied): fix its permissions."
        ) from None
    return decode_submission(raw, str(path))


def decode_submission(raw: bytes, where: str) -> str:
    if len(raw) > MAX_SUBMISSION_BYTES:
        raise SubmissionError(
            f"The submission '{where}' is {len(raw):,} bytes, over the "
            f"{MAX_SUBMISSION_BYTES:,}-byte limit: submit the source only, without data."
        )
    if b"\0" in raw:
        raise SubmissionError(
            f"The file '{where}' is binary (it holds NUL bytes), not Python source: "
            "pass the .py file you wrote."
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SubmissionError(
            f"The file '{where}' is not UTF-8 text (bad byte at position {exc.start}): "
            "save it as UTF-8."
        ) from None
