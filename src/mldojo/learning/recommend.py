"""`mldojo next`: the exercises that teach most now, each with its reason in words.

Every exercise in the catalog is scored at once from the model's belief:

    score = reach * (need + review) * prerequisites * novelty

- reach: the predicted chance of a pass is near TARGET_SUCCESS (desirable difficulty:
  too easy teaches little, too hard mostly fails);
- need: how far its skills, and their areas, are below the readiness bar, or may be
  (the expected shortfall under the belief); nothing of its own for a skill whose
  area is settled (the low end of the area's 80% interval over the bar);
- review: a bonus when one of its skills is due for review (FSRS), growing with the
  days overdue;
- prerequisites: low while a prerequisite of its skills is still weak;
- novelty: exercises passed before are worth less, passed today almost nothing, and
  each failure in a row on one lowers it; one whose solution was read and not passed
  since counts as passed.

The three best are taken greedily, each pick lowering the others in its area and on
its skills, so the list is balanced across areas; when a skill is due for review,
the last place of a list of two or more goes to its best review exercise unless a
review is already listed, so the first suggestion never depends on the list length.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import NormalDist

import numpy as np
from numpy.typing import NDArray

from mldojo.catalog.skills import SkillMap
from mldojo.learning.evidence import ExerciseFacts, ExerciseHistory
from mldojo.learning.mastery import (
    INTERVAL_Z,
    Belief,
    ItemBank,
    SkillSpace,
    Vector,
    big_phi_array,
)
from mldojo.learning.review import DueSkill, overdue_words

BAR = 0.7  # a skill is mastered, and an area ready, at 70
TARGET_SUCCESS = 0.65
# Failing teaches too (the message says what went wrong), a sure pass teaches little:
# the reach window is wider below the target than above it.
REACH_BELOW = 0.3
REACH_ABOVE = 0.18
RELATIVE_REACH = 0.5
REVIEW_SUCCESS = 0.9  # FSRS schedules reviews for 90% recall
AREA_BALANCE = 1.0  # how much an area's own gap adds to each of its skills' need
NEED_FLOOR = 0.05  # past the bar there is still more to learn, just less
HAND_DOWN = 0.5  # the share of a blocked skill's need given to its weakest prerequisite
REVIEW_BONUS = 0.35
REVIEW_OVERDUE_DAYS = 7  # the bonus doubles over a week overdue
PREREQ_FLOOR = 0.35
PASSED_FACTOR = 0.3
PASSED_TODAY_FACTOR = 0.02
REVIEW_PASSED_FACTOR = 0.8  # a passed exercise is a fine review, a new one better
# Per failure in a row on an exercise. Its next failure would count 0.6^k (`evidence`)
# and teach as little; trying another exercise teaches as much and shows more of the
# learner. Tuned on seeds 1, 4, 5 and 6: Spearman up about 0.007, the way to readiness
# about 0.03 of catalog order's attempts longer (0.8 gave more of both).
FAILED_FACTOR = 0.9
SAME_AREA_FACTOR = 0.6
SAME_SKILL_FACTOR = 0.2
CLOSE_MARGIN = 0.12
# An area is settled when the low end of its 80% interval clears the bar: readiness is
# judged per area, so its weaker skills no longer need work of their own (only the
# floor, and reviews). On the point estimate alone it stopped too early, and
# forgetting took the area back below the bar (seed 1: 0.73 of catalog order's
# attempts instead of 0.62).
SETTLED_Z = INTERVAL_Z
BAR_ABILITY = NormalDist().inv_cdf(BAR)  # the ability whose mastery is the bar
# The weight of the expected shortfall in a skill's need. 1.0 tuned on seed 1: it both
# shortened the way to readiness (0.65 to 0.63 of catalog order's attempts) and
# raised Spearman a little (0.788 to 0.794) over the plain gap; 2.0 was faster still
# (0.57) but left the estimates worse (0.76), as areas were left with less evidence.
SHORTFALL = 1.0


def _density(x: Vector | float) -> Vector:
    return np.asarray(np.exp(-0.5 * np.square(x)) / np.sqrt(2 * np.pi), dtype=np.float64)


@dataclass(frozen=True)
class Recommendation:
    exercise: ExerciseFacts
    reason: str
    reasons: tuple[str, ...]
    predicted: float  # the chance of a pass
    score: float
    review: bool

    def to_json(self) -> dict[str, object]:
        e = self.exercise
        return {
            "id": e.id,
            "title": e.title,
            "area": e.area,
            "skills": list(e.skills),
            "difficulty": e.difficulty,
            "minutes": e.minutes,
            "reason": self.reason,
            "reasons": list(self.reasons),
            "predicted_success": round(self.predicted, 3),
            "review": self.review,
        }


@dataclass(frozen=True)
class Planner:
    """What scoring needs that does not change between calls: the catalog as arrays."""

    skill_map: SkillMap
    space: SkillSpace
    exercises: tuple[ExerciseFacts, ...]
    bank: ItemBank
    skill_ids: tuple[str, ...]
    prerequisites: tuple[tuple[int, ...], ...]
    area_means: Vector  # areas x skills: each row averages one area's skills
    required: NDArray[np.intp]  # skills x most prerequisites, padded by repeating one
    rows: dict[str, int]
    touches: NDArray[np.bool_]  # exercises x skills: which skills each exercise needs
    shares: Vector  # exercises x skills: an even share of each exercise over its skills
    areas: NDArray[np.str_]
    has_required: NDArray[np.bool_]
    # Each exercise's skills, padded by repeating its first, as slots x exercises (a
    # few per exercise, so a maximum or minimum over them is cheaper than over the
    # whole exercises x skills).
    members: NDArray[np.intp]
    # Each skill's exercises, as a sort order and the start of each skill's run in it.
    by_skill: NDArray[np.intp]
    skill_starts: NDArray[np.intp]
    practised: NDArray[np.intp]  # the skills some exercise touches, in that order
    in_area: Vector  # areas x skills: 1 where the skill belongs to the area
    dependants: tuple[tuple[int, ...], ...]  # the skills that need each skill directly

    @classmethod
    def build(cls, skill_map: SkillMap, exercises: Sequence[ExerciseFacts]) -> Planner:
        space = SkillSpace.from_skill_map(skill_map)
        ids, index, prerequisites = space.ids, space.index, space.requires
        areas = [a for a in skill_map.areas if skill_map.in_area(a)]
        area_means = np.zeros((len(areas), len(ids)))
        for row, area in enumerate(areas):
            members = [index[s.id] for s in skill_map.in_area(area)]
            area_means[row, members] = 1.0 / len(members)
        widest = max((len(r) for r in prerequisites), default=0)
        required = np.array(
            [
                list(r) + [r[0] if r else i] * (widest + 1 - len(r))
                for i, r in enumerate(prerequisites)
            ],
            dtype=np.intp,
        )
        bank = ItemBank.build(space, exercises)
        touches = bank.loadings[:, : len(ids)] > 0
        found = [np.flatnonzero(row).tolist() for row in touches]
        most = max((len(f) for f in found), default=1)
        slots = np.array(
            [f + [f[0] if f else 0] * (most - len(f)) for f in found], dtype=np.intp
        ).reshape(len(found), most)
        pair_skill, pair_row = np.nonzero(touches.T)
        practised, skill_starts = np.unique(pair_skill, return_index=True)
        return cls(
            skill_map,
            space,
            tuple(exercises),
            bank,
            ids,
            prerequisites,
            area_means,
            required,
            {e.id: row for row, e in enumerate(exercises)},
            touches,
            np.ascontiguousarray(bank.loadings[:, : len(ids)]),
            np.array([e.area for e in exercises]),
            np.array([bool(r) for r in prerequisites]),
            slots.T.copy(),
            pair_row.astype(np.intp),
            skill_starts.astype(np.intp),
            practised.astype(np.intp),
            (area_means > 0).astype(np.float64),
            tuple(
                tuple(j for j, required in enumerate(prerequisites) if i in required)
                for i in range(len(ids))
            ),
        )

    def scores(
        self,
        belief: Belief,
        *,
        history: Mapping[str, ExerciseHistory],
        due: Mapping[str, DueSkill],
        now: datetime,
    ) -> tuple[Vector, Vector, Vector]:
        """Each exercise's score, its predicted success, and each skill's mastery."""
        mastery = big_phi_array(belief.skill_means)
        predicted = belief.success(self.bank)
        area_mastery = self.area_means @ mastery
        area_gap = np.maximum(BAR - area_mastery, 0) / BAR
        k = len(self.skill_ids)
        means = belief.skill_means
        sd = np.sqrt(np.maximum(belief.cov.diagonal()[:k], 1e-12))
        # The spread of an area's mean mastery, linearised at the belief's means.
        slope = self.area_means * _density(means)
        spread = np.sqrt(np.maximum(((slope @ belief.cov[:k, :k]) * slope).sum(axis=1), 0))
        unsettled = (area_mastery - SETTLED_Z * spread < BAR) @ self.in_area
        # A skill's need: the larger of its gap to the bar and its expected shortfall
        # below the bar under the belief (ability units, turned into mastery at the
        # bar), so a skill not yet known to be over the bar still needs some work.
        below = (BAR_ABILITY - means) / sd
        shortfall = sd * (below * big_phi_array(below) + _density(below)) * _density(BAR_ABILITY)
        need = np.maximum(BAR - mastery, SHORTFALL * shortfall) / BAR * unsettled
        need += NEED_FLOOR + AREA_BALANCE * (area_gap @ self.in_area)
        # A skill is as ready as its weakest prerequisite; one without any is ready.
        # A skill held back by a weak prerequisite hands part of its need down to it,
        # so the way into a blocked area is through its foundations.
        has_required = self.has_required
        everyone = np.arange(len(self.skill_ids))
        weakest = self.required[everyone, mastery[self.required].argmin(axis=1)]
        ready = np.where(has_required, np.minimum(1.0, mastery[weakest] / BAR), 1.0)
        blocked = has_required & (mastery[weakest] < BAR)
        np.add.at(need, weakest[blocked], HAND_DOWN * need[blocked])
        bonus = np.zeros(len(self.skill_ids))
        index = belief.space.index
        late = [(s, item.overdue_days) for s, item in due.items() if s in index]
        if late:
            overdue = np.minimum([d for _, d in late], REVIEW_OVERDUE_DAYS) / REVIEW_OVERDUE_DAYS
            bonus[[index[s] for s, _ in late]] = REVIEW_BONUS * (1 + overdue)
        review = bonus[self.members].max(axis=0)
        width = np.where(predicted < TARGET_SUCCESS, REACH_BELOW, REACH_ABOVE)
        absolute = np.exp(-(((predicted - TARGET_SUCCESS) / width) ** 2))
        # Where nothing is in reach (a weak area), the most reachable exercise on the
        # skill is still the way in: reach is also judged against the best on offer.
        best = np.zeros(len(self.skill_ids))
        best[self.practised] = np.maximum.reduceat(absolute[self.by_skill], self.skill_starts)
        relative = absolute / np.maximum(best[self.members].min(axis=0), 1e-9)
        reach = (1 - RELATIVE_REACH) * absolute + RELATIVE_REACH * np.minimum(relative, 1.0)
        # A review is a recall: a high chance of passing is what spacing aims for.
        recall = np.exp(-(((predicted - REVIEW_SUCCESS) / REACH_BELOW) ** 2))
        reach = np.where(review > 0, np.maximum(reach, recall), reach)
        prereq = PREREQ_FLOOR + (1 - PREREQ_FLOOR) * (self.shares @ ready)
        novelty = np.ones(len(self.exercises))
        today = now - timedelta(days=1)
        rows = self.rows
        # Each passed exercise as 2 * row + (passed in the last day): one flat list is
        # much quicker to turn into an array than pairs.
        passed = np.array(
            [
                2 * rows[e] + (past.last_pass_at > today)
                for e, past in history.items()
                if past.last_pass_at is not None and e in rows
            ],
            dtype=np.intp,
        )
        if len(passed):
            chosen, recent = np.divmod(passed, 2)
            earlier = np.where(review[chosen] > 0, REVIEW_PASSED_FACTOR, PASSED_FACTOR)
            novelty[chosen] = np.where(recent > 0, PASSED_TODAY_FACTOR, earlier)
        # Each failure in a row on an exercise lowers it further: after a few, another
        # exercise on its skills (or their prerequisites) is the better way in.
        failing = [
            (rows[e], past.fails_in_a_row)
            for e, past in history.items()
            if past.fails_in_a_row and e in rows
        ]
        if failing:
            at, streak = np.array(failing, dtype=np.intp).T
            novelty[at] *= FAILED_FACTOR**streak
        # A solution read and not passed since waits like a pass: a pass now would show
        # what was read (its evidence counts little), so something else teaches more
        # today; later, writing it again from memory is a fair recall.
        for e, past in history.items():
            read = past.solution_read_at
            if read is not None and past.read_not_passed and e in rows:
                factor = PASSED_TODAY_FACTOR if read > today else PASSED_FACTOR
                novelty[rows[e]] = min(novelty[rows[e]], factor)
        total = reach * (self.shares @ need + review) * prereq * novelty
        return total, predicted, mastery

    def recommend(
        self,
        belief: Belief,
        *,
        history: Mapping[str, ExerciseHistory],
        due: Mapping[str, DueSkill],
        now: datetime,
        limit: int = 3,
        skip: Collection[str] = (),
    ) -> list[Recommendation]:
        """The `limit` best exercises, never one in `skip` (e.g. one this machine cannot
        run)."""
        total, predicted, mastery = self.scores(belief, history=history, due=due, now=now)
        total = total.copy()
        for exercise_id in skip:
            if exercise_id in self.rows:
                total[self.rows[exercise_id]] = -1.0
        is_due = np.zeros(len(self.skill_ids), dtype=np.bool_)
        is_due[[self.space.index[s] for s in due if s in self.space.index]] = True
        is_review = np.asarray(is_due[self.members].any(axis=0), dtype=np.bool_)
        # When a skill is due, the last place of a list of two or more is kept for its
        # review; the first suggestion is the same whatever the length of the list.
        keep = limit > 1 and is_review.any()
        best_review = int(np.argmax(np.where(is_review, total, -1.0))) if keep else None
        chosen: list[int] = []
        scores: list[float] = []
        touches = self.touches
        areas = self.areas
        wanted = min(limit, len(self.exercises))
        while len(chosen) < wanted:
            row = int(np.argmax(total))
            if total[row] <= 0:
                break
            last_place = len(chosen) == limit - 1
            if last_place and best_review is not None and not any(is_review[chosen]):
                row = best_review if total[best_review] > 0 else row
            chosen.append(row)
            scores.append(float(total[row]))
            if len(chosen) < wanted:
                total[row] = -1.0
                total[areas == self.exercises[row].area] *= SAME_AREA_FACTOR
                total[(touches & touches[row]).any(axis=1)] *= SAME_SKILL_FACTOR
        found = []
        for row, value in zip(chosen, scores, strict=True):
            facts = self.exercises[row]
            reasons = self._reasons(facts, belief, mastery, due, predicted[row])
            past = history.get(facts.id)
            if past is not None and past.read_not_passed:
                reasons.insert(0, "you read its solution: now write it again from memory")
            found.append(
                Recommendation(
                    facts,
                    reasons[0],
                    tuple(reasons),
                    float(predicted[row]),
                    value,
                    bool(is_review[row]),  # NumPy's bool would reach JSON as the text "False"
                )
            )
        return found

    def _reasons(
        self,
        facts: ExerciseFacts,
        belief: Belief,
        mastery: Vector,
        due: Mapping[str, DueSkill],
        predicted: float,
    ) -> list[str]:
        skills = self.skill_map.skills
        index = belief.space.index
        own = [s for s in facts.skills if s in index]
        reasons = [f"review: {skills[s].title} is {overdue_words(due[s])}" for s in own if s in due]
        reasons += [
            f"you have not yet shown {skills[s].title}"
            for s in own
            if not belief.evidence[index[s]]
        ]
        for s in own:
            if mastery[index[s]] >= BAR:
                continue
            for t in self._unlocked_by(s, mastery):
                if t not in own:
                    reasons.append(f"unlocks {skills[t].title}")
        reasons += [  # only what evidence shows is close: a prior alone is not
            f"close to mastered: {skills[s].title}"
            for s in own
            if belief.evidence[index[s]] and BAR - CLOSE_MARGIN <= mastery[index[s]] < BAR
        ]
        weakest = min(own, key=lambda s: mastery[index[s]], default=None)
        if weakest is not None:
            area = self.skill_map.areas[skills[weakest].area].title
            reasons.append(
                f"builds {skills[weakest].title} in {area}, "
                f"with a chance to pass of about {round(100 * predicted)}%"
            )
        return list(dict.fromkeys(reasons))

    def _unlocked_by(self, skill: str, mastery: Vector) -> list[str]:
        """Skills that need `skill` and for which it is the weakest prerequisite."""
        i = self.space.index[skill]
        found = [
            self.skill_ids[j]
            for j in self.dependants[i]
            if mastery[j] < BAR and min(self.prerequisites[j], key=lambda r: mastery[r]) == i
        ]
        return found[:2]
