"""The readiness report: the seven areas with the evidence behind each score.

A score is claimed only where there is evidence: an area (or skill) that no attempt
has touched gets no score, only the model's wide interval and "no evidence yet".
The JSON contract (`to_json`) is relied on by other tools: keys are only added.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from mldojo.learning.evidence import Evidence
from mldojo.learning.journal import Streak, local_zone
from mldojo.learning.mastery import MasteryModel, score
from mldojo.learning.recommend import BAR, Recommendation
from mldojo.learning.standing import Standing
from mldojo.words import counted

NO_EVIDENCE = "no evidence yet"
# The weakest skills when every skill with evidence is among the strongest already.
ALL_LISTED = "every skill with evidence is listed above"
# The strongest skills when no skill passed is above where a new learner starts.
NONE_ABOVE = "none yet: no skill passed is above where a new learner starts"
READY = "ready"
NOT_READY = "not ready yet"
BAR_SCORE = round(100 * BAR)  # the readiness bar on the report's 0 to 100 scale
SHOWN_SKILLS = 3  # strongest and weakest
PLAN_DAYS = 7
NEW_PER_DAY = 2


@dataclass(frozen=True)
class EvidenceLine:
    exercise: str
    title: str
    difficulty: int
    at: datetime
    passed: bool
    hints: int
    after_solution: bool
    weight: float
    skills: tuple[str, ...]

    @classmethod
    def of(cls, item: Evidence) -> EvidenceLine:
        e = item.exercise
        return cls(
            e.id,
            e.title,
            e.difficulty,
            item.at,
            item.passed,
            item.hints,
            item.after_solution,
            item.weight,
            e.skills,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "exercise": self.exercise,
            "title": self.title,
            "difficulty": self.difficulty,
            "at": self.at.isoformat(),
            "passed": self.passed,
            "hints": self.hints,
            "after_solution": self.after_solution,
            "weight": round(self.weight, 3),
            "skills": list(self.skills),
        }


@dataclass(frozen=True)
class AreaScore:
    id: str
    title: str
    score: int | None  # 0 to 100; None without evidence
    low: int
    high: int
    status: str
    evidence: tuple[EvidenceLine, ...]

    @property
    def evidence_summary(self) -> str:
        """How many attempts bear on the area, and how many of them were at exercises of
        other areas (whose skills it shares), so the count is not read as its own."""
        said = counted(len(self.evidence), "attempt")
        elsewhere = sum(e.exercise.split(".", 1)[0] != self.id for e in self.evidence)
        if not elsewhere:
            return said
        if elsewhere == len(self.evidence):
            where = "an exercise of another area" if elsewhere == 1 else "exercises of other areas"
            return f"{said}, at {where}"
        return f"{said}, {elsewhere} of them at exercises of other areas"

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "score": self.score,
            "low": self.low,
            "high": self.high,
            "status": self.status,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class SkillScore:
    id: str
    title: str
    area: str
    mastery: float | None  # 0 to 1; None without direct evidence
    low: float
    high: float
    evidence: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "area": self.area,
            "mastery": None if self.mastery is None else round(self.mastery, 3),
            "low": round(self.low, 3),
            "high": round(self.high, 3),
            "evidence": self.evidence,
            "status": NO_EVIDENCE if self.mastery is None else "estimated",
        }


@dataclass(frozen=True)
class PlanDay:
    day: date
    reviews: tuple[tuple[str, str], ...]  # (skill id, title)
    exercises: tuple[Recommendation, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "reviews": [{"skill": s, "title": t} for s, t in self.reviews],
            "exercises": [
                {"id": r.exercise.id, "title": r.exercise.title, "reason": r.reason}
                for r in self.exercises
            ],
        }


@dataclass(frozen=True)
class ReadinessReport:
    learner: str
    generated_at: datetime
    areas: tuple[AreaScore, ...]
    skills: tuple[SkillScore, ...]
    strongest: tuple[SkillScore, ...]
    weakest: tuple[SkillScore, ...]
    next: tuple[Recommendation, ...]
    plan: tuple[PlanDay, ...]
    history: tuple[tuple[date, dict[str, int | None]], ...]  # area scores at each day's end
    reviews_due: int
    streak: Streak | None

    @property
    def empty(self) -> bool:
        return all(a.score is None for a in self.areas)

    @property
    def no_weakest(self) -> str:
        """What an empty weakest list says, in every form of the report."""
        return ALL_LISTED if self.strongest else NO_EVIDENCE

    @property
    def no_strongest(self) -> str:
        """What an empty strongest list says, in every form of the report."""
        return NONE_ABOVE if self.weakest else NO_EVIDENCE

    def to_json(self) -> dict[str, object]:
        return {
            "learner": self.learner,
            "generated_at": self.generated_at.isoformat(),
            "bar": BAR_SCORE,
            "empty": self.empty,
            "areas": [a.to_json() for a in self.areas],
            "skills": [s.to_json() for s in self.skills],
            "strongest": [s.id for s in self.strongest],
            "weakest": [s.id for s in self.weakest],
            "next": [r.to_json() for r in self.next],
            "plan": [d.to_json() for d in self.plan],
            "history": [{"date": d.isoformat(), "areas": scores} for d, scores in self.history],
            "reviews_due": self.reviews_due,
            "streak": self.streak.to_json() if self.streak else None,
        }


def area_scores(standing: Standing) -> list[AreaScore]:
    belief = standing.belief
    skill_map = standing.catalog.skills
    found = []
    for area in skill_map.areas.values():
        estimate = belief.area(area.id)
        value, low, high = score(estimate)
        lines = tuple(
            EvidenceLine.of(e)
            for e in reversed(standing.evidence)
            if any(
                skill_map.skills[s].area == area.id
                for s in e.exercise.skills
                if s in skill_map.skills
            )
        )
        claimed = value if estimate.evidence else None
        # Ready once the low end of the interval clears the bar, as the planner settles
        # an area: a score at the bar on a few attempts is not yet shown to be there.
        status = NO_EVIDENCE if claimed is None else READY if low >= 100 * BAR else NOT_READY
        found.append(AreaScore(area.id, area.title, claimed, low, high, status, lines))
    return found


def skill_scores(standing: Standing) -> list[SkillScore]:
    skill_map = standing.catalog.skills
    found = []
    for skill_id, estimate in standing.belief.skills().items():
        skill = skill_map.skills[skill_id]
        found.append(
            SkillScore(
                skill_id,
                skill.title,
                skill.area,
                estimate.value if estimate.evidence else None,
                estimate.low,
                estimate.high,
                estimate.evidence,
            )
        )
    return found


def week_plan(standing: Standing, skip: Collection[str], zone: tzinfo) -> list[PlanDay]:
    """Each day of the coming week (in the learner's time zone): the reviews that fall
    due that day (today's include the overdue ones), and two new exercises: the best
    ranked of those not passed yet, whether or not they touch a skill due (with many
    skills due, most do)."""
    titles = {s.id: s.title for s in standing.catalog.skills.skills.values()}
    ranked = standing.recommend(limit=len(standing.catalog.exercises), skip=skip)
    fresh = [r for r in ranked if not _passed(standing, r.exercise.id)]
    today = standing.now.astimezone(zone).date()
    plan = []
    for offset in range(PLAN_DAYS):
        day = today + timedelta(days=offset)
        begin = datetime.combine(day, time(), zone) if offset else datetime.min.replace(tzinfo=UTC)
        end = datetime.combine(day + timedelta(days=1), time(), zone)
        due = standing.book.due_between(begin, end)
        plan.append(
            PlanDay(
                day,
                tuple((d.skill_id, titles.get(d.skill_id, d.skill_id)) for d in due),
                tuple(fresh[offset * NEW_PER_DAY : (offset + 1) * NEW_PER_DAY]),
            )
        )
    return plan


def _passed(standing: Standing, exercise_id: str) -> bool:
    past = standing.history.get(exercise_id)
    return past is not None and past.passes > 0


def history(standing: Standing, zone: tzinfo) -> list[tuple[date, dict[str, int | None]]]:
    """The area scores at the end of each day with evidence, replayed from the start."""
    model = MasteryModel(standing.belief.space)
    points: list[tuple[date, dict[str, int | None]]] = []
    evidence = standing.evidence
    days = [e.at.astimezone(zone).date() for e in evidence]
    for i, item in enumerate(evidence):
        model.observe(item)
        if i + 1 < len(evidence) and days[i + 1] == days[i]:
            continue
        end = min(standing.now, datetime.combine(days[i] + timedelta(days=1), time(), zone))
        belief = model.belief(end)
        scores: dict[str, int | None] = {}
        for area, members in belief.space.areas.items():
            if members and belief.evidence[list(members)].any():
                # as many draws as today's table: fewer would move the curve by noise alone
                scores[area] = score(belief.area(area))[0]
            elif members:
                scores[area] = None
        points.append((days[i], scores))
    return points


def build_report(
    standing: Standing,
    *,
    learner: str,
    streak: Streak | None = None,
    zone: tzinfo | None = None,
    skip: Collection[str] = (),
) -> ReadinessReport:
    """The report at `standing.now`; `skip` holds exercises never to suggest here."""
    zone = zone or local_zone()
    skills = skill_scores(standing)
    shown = sorted((s for s in skills if s.mastery is not None), key=lambda s: -(s.mastery or 0))
    # The strongest come from the upper half (with the middle one of an odd number), and
    # only skills passed on an exercise of their own that the evidence took above where a
    # new learner starts: a skill only failed is never called strong, neither because no
    # other was there to show nor because passes on the skills built on it raised it.
    passed = {skill for e in standing.evidence if e.passed for skill in e.exercise.skills}
    upper = shown[: (len(shown) + 1) // 2]
    strongest = [
        s for s in upper if s.id in passed and (s.mastery or 0) > standing.prior_mastery(s.id)
    ]
    strongest = strongest[:SHOWN_SKILLS]
    weakest = [s for s in reversed(shown) if s not in strongest][:SHOWN_SKILLS]
    upcoming = standing.recommend(limit=PLAN_DAYS * NEW_PER_DAY + 3, skip=skip)
    areas = area_scores(standing)
    past = history(standing, zone)
    if past:  # the last point is now, so the plot ends where the table stands
        today = standing.now.astimezone(zone).date()
        past = [p for p in past if p[0] != today] + [(today, {a.id: a.score for a in areas})]
    return ReadinessReport(
        learner=learner,
        generated_at=standing.now,
        areas=tuple(areas),
        skills=tuple(skills),
        strongest=tuple(strongest),
        weakest=tuple(weakest),
        next=tuple(upcoming[:3]),
        plan=tuple(week_plan(standing, skip, zone)),
        history=tuple(past),
        reviews_due=len(standing.due),
        streak=streak,
    )
