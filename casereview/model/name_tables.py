"""The names a document must hide: the pseudonym list, what detection found and what the chair kept as written.

Mapped only when first used (see :mod:`casereview.model.tables`): the window with a case paints without them.
"""

from pydantic import NaiveDatetime
from sqlmodel import Field

from casereview.model.table_base import Table, now_to_the_second


class Pseudonym(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    real_name: str = Field(unique=True)
    pseudonym: str


class DetectedName(Table, table=True):
    """Personal data the de-identifier found in the case's texts, grouped by text and kind.

    Replaced whole by each detection run; ``places`` is a JSON list of where it
    occurs ("gebeurtenis 3", "titel"). Whether it is decided lives elsewhere:
    in the pseudonym list, or as a :class:`NameDecision` kept as written.
    """

    id: int | None = Field(default=None, primary_key=True)
    text: str
    kind: str
    count: int = 1
    places: str = "[]"
    detected_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class NameDecision(Table, table=True):
    """A detected text the chair decided is not a name to hide ("geen naam"): kept as written.

    Kept apart from :class:`DetectedName` so a decision survives the next
    detection run and holds again when the text comes back.
    """

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(unique=True)
    kind: str = ""
    decided_at: NaiveDatetime = Field(default_factory=now_to_the_second)
