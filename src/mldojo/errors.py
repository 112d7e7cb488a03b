"""One error family: every failure a learner or author can cause is a MldojoError.

Each message is one sentence naming the bad value, then the fix. Interfaces turn
these into a red line (CLI) or one JSON/HTML shape (web); nothing else should
reach a learner's screen.
"""

from __future__ import annotations


class MldojoError(Exception):
    """Base of all expected failures. `usage` errors exit 2 in the CLI."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def kind(self) -> str:
        return type(self).__name__


class UsageError(MldojoError):
    """A command was given a value it cannot use."""


class ConfigError(MldojoError):
    """A setting (environment variable, data directory, database URL) is unusable."""


class ContentError(MldojoError):
    """An exercise, skill map or pack is malformed: `problems` lists each thing wrong
    (the message joins them)."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)

    @classmethod
    def of(cls, problems: list[str]) -> ContentError:
        return cls(" ".join(problems), tuple(problems))


class UnknownExercise(MldojoError):
    """An exercise id that is not in the catalog."""

    def __init__(self, exercise_id: str, suggestions: list[str]) -> None:
        hint = (
            "did you mean " + ", ".join(f"'{s}'" for s in suggestions) + "?"
            if suggestions
            else "run `mldojo list` to see every id."
        )
        super().__init__(f"There is no exercise '{exercise_id}': {hint}")
        self.exercise_id = exercise_id
        self.suggestions = suggestions


class UnknownAttempt(MldojoError):
    """An attempt id that is not one of this learner's attempts at this exercise."""


class Unavailable(MldojoError):
    """An exercise needs something this machine lacks (a CUDA GPU, PyTorch)."""


class SubmissionError(MldojoError):
    """A submission file that cannot be read as a Python source."""


class SubmissionTooLarge(SubmissionError):
    """A submission over the size limit (`settings.MAX_SUBMISSION_BYTES`)."""


class StoreError(MldojoError):
    """The progress database cannot be used as it is."""


class Interrupted(BaseException):
    """Ctrl-C or SIGTERM: the command stops, and what it was doing is recorded as interrupted.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` swallows it.
    """

    exit_code = 130
    message = "Interrupted: nothing was lost; an unfinished check is recorded as interrupted."


class NotConfirmed(MldojoError):
    """A step that needs the learner's confirmation did not get it."""
