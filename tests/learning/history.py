"""Hand-made attempt histories for the learner-model tests, on the real skill map."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mldojo.catalog.skills import SkillMap, load_skill_map
from mldojo.learning.evidence import AttemptRecord, Evidence, EvidenceBuilder, ExerciseFacts
from mldojo.learning.mastery import MasteryModel, SkillSpace
from tests.conftest import CONTENT

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BROADCASTING = "stack.numpy.broadcasting"
INDEXING = "stack.numpy.indexing"  # broadcasting's prerequisite
VECTORISATION = "stack.numpy.vectorization"  # needs broadcasting
TYPES = "python.types"  # in another area, with no prerequisites


def skill_map() -> SkillMap:
    return load_skill_map(CONTENT / "skills.toml")


def exercise(
    name: str,
    skill: str = BROADCASTING,
    difficulty: int = 3,
    guess: float = 0.03,
    also: tuple[str, ...] = (),
) -> ExerciseFacts:
    return ExerciseFacts(
        id=f"{skill.split('.')[0]}.made.{name}",
        title=name.replace("_", " "),
        area=skill.split(".")[0],
        skills=(skill, *also),
        difficulty=difficulty,
        guess=guess,
    )


def record(
    facts: ExerciseFacts,
    passed: bool,
    *,
    day: float = 0.0,
    hints: int = 0,
    solution: bool = False,
    source: str | None = None,
    attempt_id: int | None = None,
) -> AttemptRecord:
    return AttemptRecord(
        exercise_id=facts.id,
        at=T0 + timedelta(days=day),
        passed=passed,
        status="passed" if passed else "failed",
        hints_seen=hints,
        after_solution=solution,
        source_digest=source,
        attempt_id=attempt_id,
    )


def evidence_of(exercises: list[ExerciseFacts], records: list[AttemptRecord]) -> list[Evidence]:
    return EvidenceBuilder({e.id: e for e in exercises}).add_all(records)


def model_after(
    space: SkillSpace, exercises: list[ExerciseFacts], records: list[AttemptRecord]
) -> MasteryModel:
    model = MasteryModel(space)
    for item in evidence_of(exercises, records):
        model.observe(item)
    return model
