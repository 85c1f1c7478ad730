"""The first register: organisations, lessons (versions and withdrawals) and their theme codes.

On PostgreSQL every row records the role that wrote it, and row-level security
lets a role read everything but add, change or delete only its own
organisation's rows.

Revision ID: r0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "register_organisation",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("role_name", sa.String(), nullable=True, index=True),
    )
    op.create_table(
        "register_lesson",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_uuid", sa.String(), nullable=False, index=True),
        sa.Column("organisation", sa.String(), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("published_quarter", sa.String(), nullable=False),
        sa.Column("review_quarter", sa.String(), nullable=False, server_default=""),
        sa.Column("organisation_kinds", sa.String(), nullable=False, server_default=""),
        sa.Column("target_group", sa.String(), nullable=False, server_default=""),
        sa.Column("circumstances", sa.String(), nullable=False, server_default=""),
        sa.Column("story", sa.String(), nullable=False, server_default=""),
        sa.Column("mechanisms", sa.String(), nullable=False, server_default=""),
        sa.Column("went_well", sa.String(), nullable=False, server_default=""),
        sa.Column("lessons", sa.String(), nullable=False, server_default=""),
        sa.Column("owner_role", sa.String(), nullable=True,
                  server_default=sa.text("current_user") if postgres else None),
        sa.UniqueConstraint("case_uuid", "organisation", "version", name="uq_register_lesson_version"),
    )
    op.create_table(
        "register_lesson_theme",
        sa.Column("lesson_id", sa.Integer(), sa.ForeignKey("register_lesson.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("code", sa.String(), primary_key=True, index=True),
    )
    if postgres:
        op.execute("ALTER TABLE register_lesson ENABLE ROW LEVEL SECURITY")
        op.execute("CREATE POLICY lesson_read ON register_lesson FOR SELECT USING (true)")
        op.execute("CREATE POLICY lesson_insert ON register_lesson FOR INSERT WITH CHECK ("
                   "owner_role = current_user AND organisation IN "
                   "(SELECT name FROM register_organisation WHERE role_name = current_user))")
        op.execute("CREATE POLICY lesson_update ON register_lesson FOR UPDATE "
                   "USING (owner_role = current_user) WITH CHECK (owner_role = current_user)")
        op.execute("CREATE POLICY lesson_delete ON register_lesson FOR DELETE USING (owner_role = current_user)")
        _own_rows_through_lesson("register_lesson_theme")


def _own_rows_through_lesson(table: str) -> None:
    """A child table's rows belong to whoever owns the lesson they hang on."""
    own = (f"EXISTS (SELECT 1 FROM register_lesson l WHERE l.id = {table}.lesson_id "
           "AND l.owner_role = current_user)")
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING (true)")
    op.execute(f"CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({own})")
    op.execute(f"CREATE POLICY {table}_update ON {table} FOR UPDATE USING ({own}) WITH CHECK ({own})")
    op.execute(f"CREATE POLICY {table}_delete ON {table} FOR DELETE USING ({own})")
