"""The learner's workspace: one file per started exercise, never overwritten."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mldojo.catalog.exercise import Exercise
from mldojo.errors import ConfigError, UsageError


def workspace_file(workspace: Path, exercise: Exercise) -> Path:
    """`stack.numpy.broadcast_add` lives at `<workspace>/stack/numpy/broadcast_add.py`
    (a written exercise's report at `....md`)."""
    return workspace.joinpath(*exercise.id.split(".")[:-1], exercise.file_name)


@dataclass(frozen=True)
class Started:
    path: Path
    created: bool  # False when the learner's file was already there and kept
    # The file was gone and the code of this attempt (its number for the exercise),
    # the learner's last check, was written back.
    restored_attempt: int | None = None
    restored_code: str | None = None
    # A fresh start kept the learner's file and unchecked code here (`set_aside_path`),
    # and wrote the starter in the file's place.
    set_aside: tuple[Path, ...] = ()


def aside_name(file_name: str, number: int | str = "N") -> str:
    """The name code kept aside takes beside the learner's file: `name.old-N.py`."""
    path = Path(file_name)
    return f"{path.stem}.old-{number}{path.suffix}"


def set_aside_path(path: Path) -> Path:
    """Where a fresh start keeps the learner's file: `name.old-N.py`, N the first free one."""
    number = 1
    while True:
        aside = path.with_name(aside_name(path.name, number))
        if not aside.exists() and not aside.is_symlink():
            return aside
        number += 1


def start_exercise(
    workspace: Path,
    exercise: Exercise,
    *,
    draft: str | None = None,
    last_check: tuple[int, str] | None = None,
    fresh: bool = False,
    keep: Sequence[str] = (),
) -> Started:
    """Write the starter, the learner's saved draft, or (`last_check`: the attempt's number
    and code) the code of their last check, unless the file already exists.

    `fresh`: write the starter, whatever was saved or checked; a file already there that
    is not the starter is first moved aside (`set_aside_path`), never overwritten, and
    each text of `keep` (a draft, unsaved code) that is neither the starter nor the file
    is written beside it the same way."""
    path = workspace_file(workspace, exercise)
    refuse_in_the_way(path, exercise.id)
    set_aside: tuple[Path, ...] = ()
    if fresh:
        draft = last_check = None
        again = f"run `mldojo start {exercise.id} --fresh` again"
        set_aside = _keep_aside(path, exercise, keep, move_file=True, again=again)
    if path.exists():
        return Started(path, created=False, set_aside=set_aside)
    code = last_check[1] if last_check is not None else draft
    text = code if code is not None else exercise.starter()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: even a file created a moment ago by another window is never overwritten.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return Started(path, created=False)
    except OSError as exc:
        raise _not_written(path, exc, exercise.id) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        # This call made the file: an empty or cut-off one would be kept as the learner's
        # own from now on, so it goes, and nothing is left half written.
        path.unlink(missing_ok=True)
        raise _not_written(path, exc, exercise.id) from None
    if last_check is not None:
        return Started(path, True, restored_attempt=last_check[0], restored_code=last_check[1])
    return Started(path, created=True, set_aside=set_aside)


def keep_beside(workspace: Path, exercise: Exercise, texts: Sequence[str]) -> tuple[Path, ...]:
    """Each of `texts` written to a file of its own beside the learner's file, which
    stays, unless it is the starter, the file's code or kept already: where each went."""
    return _keep_aside(
        workspace_file(workspace, exercise), exercise, texts, move_file=False, again="try again"
    )


def _keep_aside(
    path: Path,
    exercise: Exercise,
    keep: Sequence[str],
    *,
    move_file: bool,
    again: str,
) -> tuple[Path, ...]:
    """The learner's file moved to a name of its own (with `move_file`), and each text
    of `keep` written to one, unless it is the starter or what is kept already; where
    each went. `again`: what to do once the folder is freed, should writing fail."""
    starter = exercise.starter()
    kept: list[Path] = []
    try:
        known = {starter}
        if path.exists():
            raw = path.read_bytes()
            known.add(raw.decode("utf-8", errors="replace"))
            if move_file and raw != starter.encode("utf-8"):
                kept.append(set_aside_path(path))
                path.rename(kept[-1])
        for text in keep:
            if text in known:
                continue
            known.add(text)
            aside = set_aside_path(path)
            aside.parent.mkdir(parents=True, exist_ok=True)
            with os.fdopen(os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), "w") as f:
                f.write(text)
            kept.append(aside)
    except OSError as exc:
        raise ConfigError(
            f"Your code for '{exercise.id}' could not be kept beside '{path}' "
            f"({exc.strerror}); nothing was replaced. Free the folder (or move the file "
            f"yourself), then {again}."
        ) from None
    return tuple(kept)


def _not_written(path: Path, exc: OSError, exercise_id: str) -> ConfigError:
    if exc.errno == errno.ENOSPC:
        return ConfigError(
            f"The disk that holds '{path}' is full, so the file could not be written: "
            f"free some space and run `mldojo start {exercise_id}` again."
        )
    return ConfigError(
        f"The workspace file '{path}' could not be written ({exc.strerror}): set "
        "MLDOJO_WORKSPACE to a folder you can write to."
    )


def refuse_in_the_way(path: Path, exercise_id: str) -> None:
    """Something at the file's place that is not a file to edit (a folder, a link to
    nothing) is named, rather than taken for the learner's file."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ConfigError(
            f"The workspace file '{path}' cannot be looked at ({exc.strerror}): set "
            "MLDOJO_WORKSPACE to a folder you can write to."
        ) from None
    what, fix = None, "move it aside"
    if stat.S_ISLNK(found.st_mode):
        target = os.readlink(path)
        fix = f"remove the link (or put back '{target}' if it is your file)"
        if not path.exists():
            what = f"a symbolic link to '{target}', which does not exist"
        elif path.is_dir():
            what = f"a symbolic link to the folder '{target}'"
        elif not path.is_file():
            what = f"a symbolic link to '{target}', which is not a regular file"
    elif stat.S_ISDIR(found.st_mode):
        what = "a folder"
    elif not stat.S_ISREG(found.st_mode):
        what = "a special file (not a regular one)"
    if what is not None:
        raise UsageError(
            f"'{path}', where your file for '{exercise_id}' belongs, is {what}: {fix}, "
            f"then run `mldojo start {exercise_id}` again."
        )
