"""A plot exercise's attempt keeps its figures, so the page shows them again later.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attempts", sa.Column("figures", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:  # SQLite before 3.35 cannot drop a column
        batch.drop_column("figures")
