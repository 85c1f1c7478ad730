"""Changes in the family that should have led to a new look at the child's safety.

The inspectorates' fourth improvement point: a move, a new partner, a discharge
(from hospital or a treatment) or an admission change who is around the child,
so the safety risks must be weighed again. These are recognised
from clear words in the timeline and shown as moments of reassessment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from casereview.timeline.events import EventRow
from casereview.timeline.responsibility import Moment

# Word stems per kind of change; the first that occurs in a description names the change.
_CHANGES: tuple[tuple[str, str], ...] = (
    ("new_partner", r"nieuwe\s+(?:partner|vriend(?:in)?|relatie)|(?:partner|vriend)\s+(?:\w+\s+){0,2}trekt\s+in|"
                    r"trekt\s+(?:\w+\s+){0,3}in\s+bij"),
    ("move", r"verhui(?:st|zen|sde|sden|zing)\w*|verhuisd|nieuwe\s+woning"),
    ("discharge", r"ontslagen|ontslag\s+uit|rondt\s+(?:haar|zijn)\s+behandeling\s+(?:\w+\s+){0,3}af|"
                  r"stopt\s+(?:met\s+)?(?:de\s+)?behandeling"),
    ("admission", r"opgenomen\s+(?:in|op)\s+(?:de|het|een)\s+(?:ziekenhuis|kliniek|kinderafdeling|ggz|instelling)|"
                  r"opname\s+in"),
)
_PATTERN = re.compile("|".join(f"(?P<c{i}>\\b(?:{p}))" for i, (_k, p) in enumerate(_CHANGES)), re.IGNORECASE)

CHANGE_LABELS: dict[str, str] = {
    "new_partner": "nieuwe partner", "move": "verhuizing", "discharge": "ontslag of einde van een behandeling",
    "admission": "opname",
}


@dataclass(frozen=True, slots=True)
class Reassessment:
    """An event that changed the family: from here on the risks should have been weighed again."""

    event_id: int
    moment: Moment | None  # None when the date is unknown
    change: str  # a key of CHANGE_LABELS
    party: str
    description: str


def recognise_change(description: str) -> str:
    """The kind of family change a description names, or '' when none is clear."""
    match = _PATTERN.search(description)
    if match is None or match.lastgroup is None:
        return ""
    return _CHANGES[int(match.lastgroup[1:])][0]


def reassessment_moments(rows: Sequence[EventRow]) -> list[Reassessment]:
    """Every event whose words name a change in the family, in timeline order."""
    out = []
    for row in rows:
        change = recognise_change(row.event.description)
        if not change or row.event.id is None:
            continue
        e = row.event
        moment = Moment(e.date_start, e.date_precision) if e.date_start is not None else None
        out.append(Reassessment(int(e.id or 0), moment, change, row.party_name, e.description))
    return out
