"""Spaced review of skills with FSRS (the `fsrs` package): one card per learned skill.

A skill gets its card when it is first passed without the solution. After that the
first try of an exercise on that skill on a given day is a review: a pass is Good
(Hard after hints, Again after the solution), a failure is Again. Failing an exercise
harder than any the learner passed on that skill is no review at all: a stretch is not
a lapse, and it shows no recall either, so the skill stays due when it was (rated Hard,
an overdue skill would be put off for weeks by a failure). Later tries the same day are
practice, and re-checking the same code is no review either. Cards are brought up to
date from the attempts whenever they are read (`sync_cards`), so any way of checking an
exercise moves them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import select
from sqlalchemy.orm import Session

from mldojo.learning.evidence import Evidence, Repeat
from mldojo.store.engine import Store
from mldojo.store.models import ReviewCard, ReviewSync, utcnow

# Skills are reviewed in days, not minutes: no intra-day learning steps, no fuzz (so
# the same history always gives the same due dates), FSRS's default 90% retention.
DESIRED_RETENTION = 0.9


def scheduler() -> Scheduler:
    return Scheduler(
        desired_retention=DESIRED_RETENTION,
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )


@dataclass
class SkillCard:
    skill_id: str
    card: Card
    reviews: int = 0
    lapses: int = 0

    @property
    def due(self) -> datetime:
        return self.card.due  # always UTC: set from evidence times or loaded rows


@dataclass(frozen=True)
class DueSkill:
    skill_id: str
    due: datetime
    overdue_days: int


def rating_for(evidence: Evidence, hardest_passed: int | None) -> Rating | None:
    """How this attempt rates as a recall of its skills, or None when it is no review."""
    if not evidence.first_of_day or evidence.repeat is Repeat.SAME_SOURCE:
        return None
    if evidence.passed:
        if evidence.after_solution:
            return Rating.Again
        return Rating.Hard if evidence.hints else Rating.Good
    if hardest_passed is not None and evidence.exercise.difficulty > hardest_passed:
        return None  # a stretch: neither a lapse nor a recall
    return Rating.Again


def card_id(skill_id: str) -> int:
    # fsrs.Card makes an id from the clock (and sleeps) unless given one.
    return zlib.crc32(skill_id.encode())


@dataclass
class ReviewBook:
    """Every card of one learner, and what the ratings need to know."""

    cards: dict[str, SkillCard] = field(default_factory=dict)
    hardest: dict[str, int] = field(default_factory=dict)
    schedule: Scheduler = field(default_factory=scheduler)

    def apply(self, evidence: Evidence, *, review: bool = True) -> list[str]:
        """Take one attempt into account; the ids of the cards it moved."""
        moved = []
        learned = evidence.passed and not evidence.after_solution
        for skill in evidence.exercise.skills:
            hardest_before = self.hardest.get(skill)
            if learned:
                self.hardest[skill] = max(hardest_before or 0, evidence.exercise.difficulty)
            if not review:
                continue
            current = self.cards.get(skill)
            if current is None:
                if not learned or evidence.repeat is Repeat.SAME_SOURCE:
                    continue
                current = SkillCard(skill, Card(card_id=card_id(skill), due=evidence.at))
                self.cards[skill] = current
                rating: Rating | None = Rating.Hard if evidence.hints else Rating.Good
            else:
                rating = rating_for(evidence, hardest_before)
            if rating is None:
                continue
            current.card, _ = self.schedule.review_card(current.card, rating, evidence.at)
            current.reviews += 1
            current.lapses += rating is Rating.Again
            moved.append(skill)
        return moved

    def due(self, now: datetime) -> list[DueSkill]:
        """Skills whose review is due at `now`, most overdue first."""
        found = sorted((c.card.due, c.skill_id) for c in self.cards.values() if c.card.due <= now)
        return [DueSkill(skill, due, max(0, (now - due).days)) for due, skill in found]

    def due_between(self, start: datetime, end: datetime) -> list[DueSkill]:
        return sorted(
            (DueSkill(c.skill_id, c.due, 0) for c in self.cards.values() if start < c.due <= end),
            key=lambda d: (d.due, d.skill_id),
        )


def replay_reviews(evidence: Iterable[Evidence]) -> ReviewBook:
    book = ReviewBook()
    for item in evidence:
        book.apply(item)
    return book


# --- the stored cards ---


def _to_row(learner: str, card: SkillCard, row: ReviewCard | None) -> ReviewCard:
    row = row or ReviewCard(learner_id=learner, skill_id=card.skill_id)
    c = card.card
    row.state = int(c.state)
    row.step = c.step
    row.stability = c.stability
    row.difficulty = c.difficulty
    row.due = c.due
    row.last_review = c.last_review
    row.reviews = card.reviews
    row.lapses = card.lapses
    row.updated_at = utcnow()
    return row


def _from_row(row: ReviewCard) -> SkillCard:
    card = Card(
        card_id=card_id(row.skill_id),
        state=State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
    )
    return SkillCard(row.skill_id, card, row.reviews, row.lapses)


def _card_rows(session: Session, learner: str) -> dict[str, ReviewCard]:
    rows = session.scalars(select(ReviewCard).where(ReviewCard.learner_id == learner))
    return {r.skill_id: r for r in rows}


def load_book(session: Session, learner: str) -> ReviewBook:
    return ReviewBook(cards={s: _from_row(r) for s, r in _card_rows(session, learner).items()})


def sync_cards(
    store: Store, *, learner: str, evidence: list[Evidence], upto: int | None = None
) -> ReviewBook:
    """Apply the attempts not yet taken into account to the stored cards, and save them.

    `evidence` is the learner's whole history (the ratings need what came before);
    only attempts after the stored cursor, and up to `upto` (below the first attempt
    still being graded), move cards, so each counts once.
    """

    def work(session: Session) -> ReviewBook:
        cursor = session.scalars(
            select(ReviewSync).where(ReviewSync.learner_id == learner).with_for_update()
        ).one_or_none()
        seen = cursor.last_attempt_id if cursor else 0
        rows = _card_rows(session, learner)
        book = ReviewBook(cards={s: _from_row(r) for s, r in rows.items()})
        moved: set[str] = set()
        newest = seen
        for item in evidence:
            fresh = (
                item.attempt_id is not None
                and item.attempt_id > seen
                and (upto is None or item.attempt_id <= upto)
            )
            moved.update(book.apply(item, review=fresh))
            if fresh and item.attempt_id is not None:
                newest = max(newest, item.attempt_id)
        if newest == seen:
            return book
        for skill in moved:
            session.add(_to_row(learner, book.cards[skill], rows.get(skill)))
        if cursor is None:
            session.add(ReviewSync(learner_id=learner, last_attempt_id=newest))
        else:
            cursor.last_attempt_id = newest
            cursor.updated_at = utcnow()
        return book

    return store.write(work)


def overdue_words(due: DueSkill) -> str:
    if due.overdue_days >= 1:
        return f"due for {due.overdue_days} day{'s' if due.overdue_days != 1 else ''}"
    return "due today"
