"""Grading results: plain frozen dataclasses with a status enum."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"  # ran, and at least one case did not match
    ERROR = "error"  # the file did not load or did not define what was asked
    TIMEOUT = "timeout"
    CRASHED = "crashed"  # the process died (memory, signal, exit) before reporting
    INTERRUPTED = "interrupted"  # the check was stopped before it finished


@dataclass(frozen=True)
class CaseResult:
    name: str
    passed: bool
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "message": self.message}


@dataclass(frozen=True)
class Verdict:
    exercise: str
    version: str
    status: Status
    cases: tuple[CaseResult, ...]
    duration_ms: int
    seed: int
    output: str = ""
    usage: dict[str, float] = field(default_factory=dict)
    # Plot exercises: the learner's figure beside the reference's, for one shown case,
    # as plain data (`figures.shown_figure`); empty for every other kind.
    figures: tuple[dict[str, Any], ...] = ()

    @property
    def passed(self) -> bool:
        # A pass is only ever positive results from the host's own comparison.
        return (
            self.status is Status.PASSED and bool(self.cases) and all(c.passed for c in self.cases)
        )

    def to_json(self) -> dict[str, Any]:
        """The `mldojo check --json` contract (extend only by adding fields)."""
        return {
            "exercise": self.exercise,
            "version": self.version,
            "passed": self.passed,
            "cases": [c.to_json() for c in self.cases],
            "duration_ms": self.duration_ms,
            "status": self.status.value,
            "seed": self.seed,
            "output": self.output,
            "usage": dict(self.usage),
            "figures": list(self.figures),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        return cls(
            exercise=str(data["exercise"]),
            version=str(data["version"]),
            status=Status(data["status"]),
            cases=tuple(
                CaseResult(str(c["name"]), bool(c["passed"]), str(c["message"]))
                for c in data["cases"]
            ),
            duration_ms=int(data["duration_ms"]),
            seed=int(data["seed"]),
            output=str(data.get("output", "")),
            usage={str(k): float(v) for k, v in (data.get("usage") or {}).items()},
            figures=tuple(f for f in data.get("figures") or () if isinstance(f, dict)),
        )
