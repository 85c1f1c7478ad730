"""The register's tables, on a metadata of their own.

They use the same SQLModel layer as the case file but a separate registry, so
``SQLModel.metadata`` (which builds every case file) never learns about them.
Only coded fields and leak-checked leerbrief text live here; dates are
quarters (``2026-K2``) and years. Rows are never updated by casereview: a new
version or a withdrawal is a new row, so the register keeps its history.
The shape is fixed by the Alembic steps in ``migrations/versions``; these
classes describe the newest step for reading and writing.
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


class RegisterModel(SQLModel, registry=registry()):
    """Base of the register tables; ``RegisterModel.metadata`` is the register's own metadata."""


class RegisterOrganisation(RegisterModel, table=True):
    """An organisation that publishes; on PostgreSQL with the database role it logs in as (one role, one organisation)."""

    __tablename__ = "register_organisation"
    name: str = Field(primary_key=True)
    role_name: str | None = Field(default=None, index=True, unique=True)
    public_key: str | None = None  # SQLite: the Ed25519 key its rows are signed with (base64)


class RegisterLesson(RegisterModel, table=True):
    """One version of one organisation's leerbrief for one case (or its withdrawal)."""

    __tablename__ = "register_lesson"
    __table_args__ = (UniqueConstraint("case_uuid", "organisation", "version", name="uq_register_lesson_version"),)
    id: int | None = Field(default=None, primary_key=True)
    case_uuid: str = Field(index=True)
    organisation: str = Field(index=True)
    version: int
    status: str  # published / withdrawn
    published_quarter: str
    review_quarter: str = ""
    year: int | None = None
    organisation_kinds: str = ""  # comma-separated party categories
    target_group: str = ""
    circumstances: str = ""
    story: str = ""
    mechanisms: str = ""
    went_well: str = ""
    lessons: str = ""
    owner_role: str | None = None  # PostgreSQL: the role that wrote the row (current_user); row-level security
    signature: str | None = None  # SQLite: the organisation's signature over the row (casereview.register.signing)


class RegisterLessonTheme(RegisterModel, table=True):
    __tablename__ = "register_lesson_theme"
    lesson_id: int = Field(foreign_key="register_lesson.id", primary_key=True, ondelete="CASCADE")
    code: str = Field(primary_key=True, index=True)


class RegisterAgreement(RegisterModel, table=True):
    """How many verbeterafspraken of one kind at one level a lesson carries (no owners, no texts)."""

    __tablename__ = "register_agreement"
    id: int | None = Field(default=None, primary_key=True)
    lesson_id: int = Field(foreign_key="register_lesson.id", ondelete="CASCADE", index=True)
    kind: str
    level: str
    count: int
