"""The learner model's tables: review cards, their sync cursor, the learning journal.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def _learner() -> sa.ForeignKey:
    return sa.ForeignKey("learners.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "review_cards",
        sa.Column("learner_id", sa.String(64), _learner(), primary_key=True),
        sa.Column("skill_id", sa.String(200), primary_key=True),
        sa.Column("state", sa.Integer, nullable=False),
        sa.Column("step", sa.Integer, nullable=True),
        sa.Column("stability", sa.Float, nullable=True),
        sa.Column("difficulty", sa.Float, nullable=True),
        sa.Column("due", TIMESTAMP, nullable=False),
        sa.Column("last_review", TIMESTAMP, nullable=True),
        sa.Column("reviews", sa.Integer, nullable=False),
        sa.Column("lapses", sa.Integer, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )
    op.create_index("ix_review_cards_learner_due", "review_cards", ["learner_id", "due"])
    op.create_table(
        "review_sync",
        sa.Column("learner_id", sa.String(64), _learner(), primary_key=True),
        sa.Column("last_attempt_id", sa.Integer, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("learner_id", sa.String(64), _learner(), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
    )
    op.create_index(
        "ix_journal_entries_learner_created", "journal_entries", ["learner_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_journal_entries_learner_created", table_name="journal_entries")
    op.drop_table("journal_entries")
    op.drop_table("review_sync")
    op.drop_index("ix_review_cards_learner_due", table_name="review_cards")
    op.drop_table("review_cards")
