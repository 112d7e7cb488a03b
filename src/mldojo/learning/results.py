"""What a recorded check gives back: the verdict and how the attempt was stored.

Light on purpose (no database import): the CLI builds it from the local
grader's answer too, and `to_json` is the `mldojo check --json` contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mldojo.grading.verdict import Verdict


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    attempt_id: int
    after_hint: bool
    after_solution: bool
    number: int | None = None  # 1 for the learner's first attempt at the exercise

    def to_json(self) -> dict[str, Any]:
        """The verdict's contract with the attempt's fields added."""
        return dict(
            self.verdict.to_json(),
            attempt=self.attempt_id,
            attempt_number=self.number,
            after_hint=self.after_hint,
            after_solution=self.after_solution,
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CheckResult:
        return cls(
            verdict=Verdict.from_json(data),
            attempt_id=int(data["attempt"]),
            after_hint=bool(data["after_hint"]),
            after_solution=bool(data["after_solution"]),
            number=data.get("attempt_number"),
        )
