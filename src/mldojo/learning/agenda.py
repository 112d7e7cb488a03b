"""The review agenda: each skill due for review with a fresh exercise to review it by.

A review is a recall, so the exercise chosen for a due skill is, in order of
preference: one the learner has not passed yet (new to them), else the one passed
longest ago; among those, the one whose predicted success is nearest the planner's
target. Starting a review writes that exercise's starter where the learner can
work on it: the usual workspace file for an exercise not passed yet, or a dated
copy under `review/` for one passed before (the earlier answer stays untouched and
out of sight), and says which `mldojo check` records the review.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mldojo.catalog.exercise import Exercise
from mldojo.learning.evidence import ExerciseFacts
from mldojo.learning.recommend import TARGET_SUCCESS
from mldojo.learning.review import DueSkill, overdue_words
from mldojo.learning.standing import Standing
from mldojo.learning.workspace import Started, start_exercise

REVIEW_FOLDER = "review"


@dataclass(frozen=True)
class ReviewItem:
    skill_id: str
    skill_title: str
    due: DueSkill
    exercise: ExerciseFacts
    fresh: bool  # not passed before: the usual workspace file
    predicted: float

    @property
    def words(self) -> str:
        return overdue_words(self.due)

    def to_json(self) -> dict[str, object]:
        return {
            "skill": self.skill_id,
            "title": self.skill_title,
            "due": self.due.due.isoformat(),
            "overdue_days": self.due.overdue_days,
            "exercise": self.exercise.id,
            "exercise_title": self.exercise.title,
            "fresh": self.fresh,
            "predicted_success": round(self.predicted, 3),
        }


@dataclass(frozen=True)
class ReviewStart:
    item: ReviewItem
    started: Started
    check_command: str

    def to_json(self) -> dict[str, object]:
        return {
            **self.item.to_json(),
            "path": str(self.started.path),
            "created": self.started.created,
            "check": self.check_command,
        }


def agenda(
    standing: Standing, *, runnable: Callable[[str], bool] | None = None
) -> list[ReviewItem]:
    """Every skill due for review now, most overdue first, each with its exercise."""
    predicted = dict(
        zip(standing.planner.bank.ids, standing.belief.success(standing.planner.bank), strict=True)
    )
    skills = standing.catalog.skills.skills
    items = []
    for due in standing.due.values():
        candidates = [
            f
            for f in standing.facts.values()
            if due.skill_id in f.skills and (runnable is None or runnable(f.id))
        ]
        if not candidates:
            continue

        def preference(facts: ExerciseFacts) -> tuple[bool, bool, float, float]:
            past = standing.history.get(facts.id)
            passed_at = past.last_pass_at if past else None
            age = (standing.now - passed_at).total_seconds() if passed_at else 0.0
            # One whose solution was read and not passed since would recall the solution.
            known = passed_at is not None or (past is not None and past.read_not_passed)
            # Every attempt after reading a solution counts as after it, a review's too:
            # of the exercises passed before, one whose solution was never read can
            # show a recall.
            read = past is not None and past.solution_read_at is not None
            return (known, read, -age, abs(predicted[facts.id] - TARGET_SUCCESS))

        chosen = min(candidates, key=preference)
        past = standing.history.get(chosen.id)
        items.append(
            ReviewItem(
                due.skill_id,
                skills[due.skill_id].title,
                due,
                chosen,
                past is None or past.last_pass_at is None,
                float(predicted[chosen.id]),
            )
        )
    return items


def review_copy_root(workspace: Path, when: datetime) -> Path:
    return workspace / REVIEW_FOLDER / f"{when:%Y-%m-%d}"


def start_review(
    item: ReviewItem, exercise: Exercise, *, workspace: Path, when: datetime, draft: str | None
) -> ReviewStart:
    """Write the file to review `item` in, and say how to check it."""
    if item.fresh:
        started = start_exercise(workspace, exercise, draft=draft)
        return ReviewStart(item, started, f"mldojo check {exercise.id}")
    started = start_exercise(review_copy_root(workspace, when), exercise)
    command = shlex.join(["mldojo", "check", exercise.id, "--file", str(started.path)])
    return ReviewStart(item, started, command)
