"""The grading service: the one interface every grader implements.

`Grader.grade` is what the learning layer calls. Behind it: `LocalGrader`
(`grading.local`: children on this machine, cold or from the warm pool),
`ProcessGrader` (`grading.client`: the same, in the warm local grader process),
and later a distributed backend. Light on purpose: importing it imports no
grading machinery.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from mldojo.catalog.exercise import Exercise
    from mldojo.grading.verdict import Verdict


class Grader(Protocol):
    def grade(self, exercise: Exercise, source: str, *, seed: int | None = None) -> Verdict: ...


def fresh_seed() -> int:
    return secrets.randbelow(2**31)
