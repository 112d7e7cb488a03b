"""The grading service: the one interface every grader implements.

`Grader.grade` is what the learning layer calls. Behind it: `LocalGrader`
(`grading.local`: children on this machine, cold or from the warm pool),
`ProcessGrader` (`grading.client`: the same, in the warm local grader process),
and later a distributed backend. Light on purpose: importing it imports no
grading machinery.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from mldojo.catalog.exercise import Exercise
    from mldojo.grading.verdict import Verdict


# The caller's own work, done by the grader while the learner's code runs (`Grader.grade`).
Meanwhile = Callable[[], object]


class Grader(Protocol):
    def grade(
        self,
        exercise: Exercise,
        source: str,
        *,
        seed: int | None = None,
        meanwhile: Meanwhile | None = None,
        filename: str | None = None,
    ) -> Verdict:
        """Grade `source`. `meanwhile`, the caller's own work (recording the attempt), is
        done exactly once before this returns or raises, unless it raises itself: while
        the learner's code runs where the grader can, so that it costs the check no time.
        `filename` is the name the learner knows the code by (their file's), which
        messages quote; the exercise's own file name when not given."""
        ...


def fresh_seed() -> int:
    return secrets.randbelow(2**31)
