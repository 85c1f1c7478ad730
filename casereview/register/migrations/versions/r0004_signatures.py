"""Signatures: each organisation's public key, and each lesson row's signature (SQLite registers).

A SQLite register file has no identity: anyone who can write it can write any row. From
this step on casereview signs every row it writes there with the organisation's Ed25519 key
and ``register list`` marks a row that does not verify. Rows written before stay unsigned and
are shown as such. PostgreSQL registers get the columns too (one schema) but leave them
empty: roles and policies decide who writes there.

Revision ID: r0004
Revises: r0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("register_organisation", sa.Column("public_key", sa.String(), nullable=True))
    op.add_column("register_lesson", sa.Column("signature", sa.String(), nullable=True))
