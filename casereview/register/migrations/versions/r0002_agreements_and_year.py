"""Agreements by kind and level, and a year per lesson for the regional counts per year.

A register from the first casereview that had one gets the year filled in from
the review's quarter (or, without one, the quarter it was published in).

Revision ID: r0002
Revises: r0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.add_column("register_lesson", sa.Column("year", sa.Integer(), nullable=True))
    op.execute("UPDATE register_lesson SET year = CAST(substr(CASE WHEN review_quarter <> '' THEN review_quarter "
               "ELSE published_quarter END, 1, 4) AS INTEGER) WHERE year IS NULL")
    op.create_table(
        "register_agreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lesson_id", sa.Integer(), sa.ForeignKey("register_lesson.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    if postgres:
        from casereview.register.migrations.versions.r0001_lessons import _own_rows_through_lesson

        _own_rows_through_lesson("register_agreement")
