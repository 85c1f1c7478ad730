"""The round after the meeting: concept versions, the organisations' answers and reactions, the evaluation,
the family's questions and the leerbrief.

Mapped only when first used (see :mod:`casereview.model.tables`): the window with a case paints without them.
"""

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from casereview.model.table_base import Table, now_to_the_second


class DraftVersion(Table, table=True):
    """A concept of the verslag frozen for the consent round (wederhoor): number, date and content hash.

    ``paragraphs`` keeps the numbered paragraphs as sent (JSON), so a reaction can quote the text it was on.
    """

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)
    deadline: date | None = None
    content_hash: str
    paragraphs: str = "[]"


class PartyResponse(Table, table=True):
    """An organisation's answer to a draft version: agreed, or agreed with remarks."""

    version_id: int = Field(foreign_key="draftversion.id", primary_key=True, ondelete="CASCADE")
    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")
    status: str
    noted_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class Reaction(Table, table=True):
    """One reaction on the concept: a Word comment read from a file, or typed after a call or e-mail."""

    id: int | None = Field(default=None, primary_key=True)
    version_id: int | None = Field(default=None, foreign_key="draftversion.id", ondelete="SET NULL")
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    paragraph: int | None = None
    paragraph_text: str = ""
    text: str
    author: str = ""
    received_at: NaiveDatetime | None = None
    channel: str = "word"
    kind: str = "addition"
    decision: str = "pending"
    decision_reason: str = ""
    decided_by: str = ""
    source_key: str | None = Field(default=None, unique=True)  # a comment read once is never added again
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class Evaluation(Table, table=True):
    """One participant's anonymous evaluation; no link to a person or party on purpose."""

    id: int | None = Field(default=None, primary_key=True)
    answers: str  # comma separated scores 1-5 (or empty) in the order of EVALUATION_QUESTIONS
    created_at: date = Field(default_factory=date.today)  # a day, not a time: the order must not give people away


class FamilyQuestion(Table, table=True):
    """A question the family (or the young person) asked at the start, tracked to an explicit answer."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    text: str
    answer: str = ""
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class Leerbrief(Table, table=True):
    """The anonymised learning note for people outside the review; one row per case file.

    Only the chair's own words for outsiders live here; the coded parts (kinds of
    organisations, themes, agreements by kind and level) are read from the case
    when the leerbrief is exported or published. ``ready`` is the chair's
    "klaar om te delen" mark: nothing leaves without it.
    """

    id: int | None = Field(default=None, primary_key=True)
    target_group: str = Field(default="", sa_column_kwargs={"server_default": ""})
    circumstances: str = Field(default="", sa_column_kwargs={"server_default": ""})
    story: str = Field(default="", sa_column_kwargs={"server_default": ""})
    mechanisms: str = Field(default="", sa_column_kwargs={"server_default": ""})
    went_well: str = Field(default="", sa_column_kwargs={"server_default": ""})
    lessons: str = Field(default="", sa_column_kwargs={"server_default": ""})  # one lesson per line
    ready: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    updated_at: NaiveDatetime | None = None
