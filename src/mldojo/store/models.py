"""Typed SQLAlchemy models. Every row carries its learner id, so one schema serves a cohort."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mldojo.store.timestamps import UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    # Every time column reads back as aware UTC, on SQLite as on PostgreSQL.
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
    }


class Learner(Base):
    __tablename__ = "learners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attempt(Base):
    """One check of one submission. Written as `running` before grading starts."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_learner_exercise", "learner_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(200))
    exercise_version: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    passed: Mapped[bool | None] = mapped_column(default=None)
    cases: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # A plot exercise's figures, as the verdict holds them (None for other kinds).
    figures: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    duration_ms: Mapped[int | None] = mapped_column(default=None)
    seed: Mapped[int | None] = mapped_column(BigInteger, default=None)
    source: Mapped[str] = mapped_column(Text, default="")
    output: Mapped[str] = mapped_column(Text, default="")
    hints_seen: Mapped[int] = mapped_column(default=0)
    after_hint: Mapped[bool] = mapped_column(default=False)
    after_solution: Mapped[bool] = mapped_column(default=False)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int | None] = mapped_column(default=None)


class HintView(Base):
    __tablename__ = "hint_views"
    __table_args__ = (Index("ix_hint_views_learner_exercise", "learner_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(200))
    hint_index: Mapped[int] = mapped_column()
    viewed_at: Mapped[datetime] = mapped_column(default=utcnow)


class SolutionView(Base):
    __tablename__ = "solution_views"
    __table_args__ = (Index("ix_solution_views_learner_exercise", "learner_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(200))
    exercise_version: Mapped[str] = mapped_column(String(64))
    viewed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Draft(Base):
    """The learner's latest unsubmitted code for an exercise."""

    __tablename__ = "drafts"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    exercise_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ReviewCard(Base):
    """The FSRS card of one learned skill: when its review is due, and how stable it is."""

    __tablename__ = "review_cards"
    __table_args__ = (Index("ix_review_cards_learner_due", "learner_id", "due"),)

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[int] = mapped_column()
    step: Mapped[int | None] = mapped_column(default=None)
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    due: Mapped[datetime] = mapped_column()
    last_review: Mapped[datetime | None] = mapped_column(default=None)
    reviews: Mapped[int] = mapped_column(default=0)
    lapses: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewSync(Base):
    """The newest attempt already taken into the learner's review cards."""

    __tablename__ = "review_sync"

    learner_id: Mapped[str] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True
    )
    last_attempt_id: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class JournalEntry(Base):
    """A note in the learner's learning journal."""

    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_learner_created", "learner_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
