"""What the merge assistant keeps: each party's account of a merged event, and the pairs kept apart.

Mapped only when first used (see :mod:`casereview.model.tables`): the window with a case paints without them.
"""


from sqlmodel import Field

from casereview.model.table_base import Table


class MergeRejection(Table, table=True):
    """Two events the chair kept apart: never proposed as one fact again, also after reopening or a new import.

    Events are known by a fingerprint of party, written date and text (``first`` < ``second``), not by id,
    because a new import of the same file makes new rows.
    """

    first: str = Field(primary_key=True)
    second: str = Field(primary_key=True)


class EventPart(Table, table=True):
    """One party's account of an event that was merged from several: its text, source, file and row."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="timelineevent.id", ondelete="CASCADE", index=True)
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    date_text: str = ""
    time: str = ""
    description: str = ""
    source: str = ""
    origin_file: str = ""
    origin_row: int | None = None
