"""The analysis' further records: the schemergebied, the aftercare of each party's staff, further incidents,
and which events and contributions a conclusion rests on.

Mapped only when first used (see :mod:`casereview.model.tables`): the window with a case paints without them.
"""

from datetime import date

from sqlmodel import Field

from casereview.model.table_base import Table
from casereview.vocabulary import DatePrecision


class GreyArea(Table, table=True):
    """The schemergebied: an uncertainty, a dilemma or a risk the group accepted, in the analysis."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # GreyAreaKind key
    text: str
    position: int = 0


class StaffAftercare(Table, table=True):
    """Zorg voor personeel: what the incident did to a party's professionals and what aftercare they get.

    Internal by default: a document for outside recipients carries it only when the chair ticks ``share``.
    """

    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")
    impact: str = ""
    aftercare: str = ""
    share: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class Incident(Table, table=True):
    """A further incident the same review looks at ("vijf meldingen in één onderzoek"), with its own date.

    The first incident stays in ``Case.incident`` and ``Case.incident_date``.
    """

    id: int | None = Field(default=None, primary_key=True)
    date_start: date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    date_text: str = ""
    description: str
    position: int = 0


class ConclusionEventLink(Table, table=True):
    conclusion_id: int = Field(foreign_key="conclusion.id", primary_key=True, ondelete="CASCADE")
    event_id: int = Field(foreign_key="timelineevent.id", primary_key=True, ondelete="CASCADE")


class ConclusionContributionLink(Table, table=True):
    conclusion_id: int = Field(foreign_key="conclusion.id", primary_key=True, ondelete="CASCADE")
    contribution_id: int = Field(foreign_key="contribution.id", primary_key=True, ondelete="CASCADE")
