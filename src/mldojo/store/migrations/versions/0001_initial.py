"""The first tables: learners, attempts, hint and solution views, drafts.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def _learner() -> sa.ForeignKey:
    return sa.ForeignKey("learners.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "learners",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(64), _learner(), nullable=False),
        sa.Column("exercise_id", sa.String(200), nullable=False),
        sa.Column("exercise_version", sa.String(64), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("passed", sa.Boolean, nullable=True),
        sa.Column("cases", sa.JSON, nullable=False),
        sa.Column("duration_ms", sa.Integer, nullable=True),
        sa.Column("seed", sa.BigInteger, nullable=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("output", sa.Text, nullable=False),
        sa.Column("hints_seen", sa.Integer, nullable=False),
        sa.Column("after_hint", sa.Boolean, nullable=False),
        sa.Column("after_solution", sa.Boolean, nullable=False),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("finished_at", TIMESTAMP, nullable=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer, nullable=True),
    )
    op.create_index("ix_attempts_learner_exercise", "attempts", ["learner_id", "exercise_id"])
    op.create_table(
        "hint_views",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(64), _learner(), nullable=False),
        sa.Column("exercise_id", sa.String(200), nullable=False),
        sa.Column("hint_index", sa.Integer, nullable=False),
        sa.Column("viewed_at", TIMESTAMP, nullable=False),
    )
    op.create_index("ix_hint_views_learner_exercise", "hint_views", ["learner_id", "exercise_id"])
    op.create_table(
        "solution_views",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(64), _learner(), nullable=False),
        sa.Column("exercise_id", sa.String(200), nullable=False),
        sa.Column("exercise_version", sa.String(64), nullable=False),
        sa.Column("viewed_at", TIMESTAMP, nullable=False),
    )
    op.create_index(
        "ix_solution_views_learner_exercise", "solution_views", ["learner_id", "exercise_id"]
    )
    op.create_table(
        "drafts",
        sa.Column("learner_id", sa.String(64), _learner(), primary_key=True),
        sa.Column("exercise_id", sa.String(200), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_index("ix_solution_views_learner_exercise", table_name="solution_views")
    op.drop_table("solution_views")
    op.drop_index("ix_hint_views_learner_exercise", table_name="hint_views")
    op.drop_table("hint_views")
    op.drop_index("ix_attempts_learner_exercise", table_name="attempts")
    op.drop_table("attempts")
    op.drop_table("learners")
