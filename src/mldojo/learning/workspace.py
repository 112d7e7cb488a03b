"""The learner's workspace: one file per started exercise, never overwritten."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from mldojo.catalog.exercise import Exercise
from mldojo.errors import ConfigError


def workspace_file(workspace: Path, exercise: Exercise) -> Path:
    """`stack.numpy.broadcast_add` lives at `<workspace>/stack/numpy/broadcast_add.py`
    (a written exercise's report at `....md`)."""
    return workspace.joinpath(*exercise.id.split(".")[:-1], exercise.file_name)


@dataclass(frozen=True)
class Started:
    path: Path
    created: bool  # False when the learner's file was already there and kept


def start_exercise(workspace: Path, exercise: Exercise, *, draft: str | None = None) -> Started:
    """Write the starter (or the learner's saved draft) unless the file already exists."""
    path = workspace_file(workspace, exercise)
    if path.exists():
        return Started(path, created=False)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: even a file created a moment ago by another window is never overwritten.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return Started(path, created=False)
    except OSError as exc:
        raise ConfigError(
            f"The workspace file '{path}' cannot be created ({exc.strerror}): set "
            "MLDOJO_WORKSPACE to a folder you can write to."
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(draft if draft is not None else exercise.starter())
    return Started(path, created=True)
