"""Reading a learner's file: every way it can be unreadable gets its own clear sentence.

One rule holds every submission, a file or code sent from the web: at most
`MAX_SUBMISSION_BYTES` of UTF-8 source, with no NUL characters (`check_source`).
"""

from __future__ import annotations

import os
from pathlib import Path

from mldojo.errors import SubmissionError, SubmissionTooLarge
from mldojo.settings import MAX_SUBMISSION_BYTES


def read_submission(path: Path) -> str:
    try:
        if not path.exists():
            if path.is_symlink():  # to nothing, or through links that loop
                raise SubmissionError(
                    f"The file '{path}' is a symbolic link to '{os.readlink(path)}', which "
                    "leads to no file (it is missing, or the links loop): point it at your code."
                )
            raise SubmissionError(f"The file '{path}' does not exist: check the path.")
        if path.is_dir():
            raise SubmissionError(f"'{path}' is a folder, not a file: pass the .py file you wrote.")
        if not path.is_file():  # a device, a FIFO or a socket could be read forever
            raise SubmissionError(
                f"'{path}' is not a regular file (a device, pipe or socket): pass the .py "
                "file you wrote."
            )
        # Refused before reading, so a huge file is never loaded to be refused; and never
        # more read than one byte over the limit, should the file grow meanwhile.
        _check_size(path.stat().st_size, str(path))
        with path.open("rb") as handle:
            raw = handle.read(MAX_SUBMISSION_BYTES + 1)
        _check_size(len(raw), str(path))
    except PermissionError:
        raise SubmissionError(
            f"The file '{path}' cannot be read (permission denied): fix its permissions."
        ) from None
    except OSError as exc:
        raise SubmissionError(
            f"The file '{path}' cannot be read ({exc.strerror or exc}): check the path."
        ) from None
    return decode_submission(raw, str(path))


def decode_submission(raw: bytes, where: str) -> str:
    """The file's bytes as source, held to `check_source`; `where` names the file."""
    try:
        source = raw.decode("utf-8-sig")  # the byte-order mark some editors write
    except UnicodeDecodeError as exc:
        # A NUL byte never occurs inside UTF-8 text: such a file is binary, which says
        # more than the position of its first bad byte.
        if b"\0" in raw:
            raise _binary(where) from None
        raise SubmissionError(
            f"The file '{where}' is not UTF-8 text (bad byte at position {exc.start}): "
            "save it as UTF-8."
        ) from None
    return check_source(source, where, from_file=True)


def check_source(source: str, where: str, *, from_file: bool = False) -> str:
    """The source, or a SubmissionError naming `where` (the file, or the exercise the text
    was sent for) when it is over the submission limit (SubmissionTooLarge) or holds NUL
    characters. A leading byte-order mark (some editors write one, and a paste keeps it)
    is dropped, as reading the file does: Python refuses it in text."""
    _check_size(len(source.encode("utf-8")), where)
    if "\0" in source:
        if from_file:
            raise _binary(where)
        raise SubmissionError(
            f"The text sent for '{where}' holds a NUL character (U+0000, which most "
            "editors do not show; this page's editor shows it as a red dot), often pasted "
            "from a terminal or a binary file: delete it and send the text again."
        )
    return source.removeprefix("\ufeff")


def _check_size(size: int, where: str) -> None:
    if size > MAX_SUBMISSION_BYTES:
        raise SubmissionTooLarge(
            f"The submission '{where}' is {size:,} bytes, over the {MAX_SUBMISSION_BYTES:,}-byte "
            "limit: submit the source only, without data."
        )


def _binary(where: str) -> SubmissionError:
    return SubmissionError(
        f"The file '{where}' is binary (it holds NUL characters), not text: submit the "
        "code or report you wrote, saved as plain text."
    )
