"""The follow-up of verbeterafspraken: effect checks, decisions at a follow-up meeting, progress notes, themes.

Mapped only when first used (see :mod:`casereview.model.tables`): the window with a case paints without them.
"""

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from casereview.model.table_base import Table, now_to_the_second


class EffectCheck(Table, table=True):
    """On a date, against the success check: does the agreement work? Several over time; the latest counts."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    checked_on: date = Field(default_factory=date.today)
    result: str  # EffectResult key
    note: str = ""
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class FollowUpDecision(Table, table=True):
    """An overdue agreement carried forward to a new date, or stopped, at a follow-up meeting; never edited."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    decided_on: date = Field(default_factory=date.today)
    decision: str  # FollowUpDecisionKind key
    previous_due_date: date | None = None
    new_due_date: date | None = None
    reason: str
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class AgreementThemeLink(Table, table=True):
    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    theme_id: int = Field(foreign_key="theme.id", primary_key=True, ondelete="CASCADE")


class ProgressNote(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    noted_on: date = Field(default_factory=date.today)
    text: str
