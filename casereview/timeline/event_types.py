"""Kinds of event in a feitenrelaas (signaal, contact, besluit, overdracht, ...), recognised from clear words.

The inspectorates look at hand-overs in particular: the sending party must make
sure the follow-up care really starts, so a hand-over also records whether that
start was confirmed (:data:`FOLLOWUP_LABELS`).
"""

from __future__ import annotations

import re

from casereview.vocabulary import EVENT_TYPE_LABELS, FOLLOWUP_LABELS, EventType

__all__ = ["EVENT_TYPE_LABELS", "FOLLOWUP_LABELS", "EventType", "event_type_from_text", "recognise_event_type"]


# Word stems that say clearly what kind of event a description is; the earliest in the text wins,
# so "Huisbezoek na melding van de buren" is a contact, not a report.
_CLEAR_WORDS: tuple[tuple[str, EventType], ...] = (
    (r"(?:warme\s+)?overdracht\w*|overgedragen|dra(?:agt|gen)(?:\s+\w+){1,3}\s+over", EventType.HANDOVER),
    (r"verwij(?:zing|st|zen)\w*|verwezen|doorverwe\w+", EventType.REFERRAL),
    (r"meld(?:ing|t|en)\w*|gemeld|aangifte", EventType.REPORT),
    (r"besl(?:uit|oten|ist|issing)\w*|beschikking\w*|ondertoezichtstelling|uithuisplaatsing", EventType.DECISION),
    (r"overleg\w*|mdo|casusoverleg|zorgoverleg|netwerkberaad", EventType.MEETING),
    (r"signa(?:al|len|leert|leerde|lering)\w*|zorgen\s+geuit|zorgmelding", EventType.SIGNAL),
    (r"onderzoek\w*|diagnostiek|screening|risicotaxatie", EventType.ASSESSMENT),
    (r"huisbezoek\w*|gesprek\w*|contact\w*|gebeld|belt|telefonisch|consult\w*|afspraak", EventType.CONTACT),
    (r"incident\w*|mishandeling|geweld|ruzie|politie-inzet", EventType.INCIDENT),
)
_PATTERN = re.compile("|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (p, _t) in enumerate(_CLEAR_WORDS)), re.IGNORECASE)


def recognise_event_type(description: str) -> str:
    """The type named by the first clear word of a description, or '' when none is clear."""
    match = _PATTERN.search(description)
    if match is None or match.lastgroup is None:
        return EventType.NONE
    return _CLEAR_WORDS[int(match.lastgroup[1:])][1]


def event_type_from_text(value: str) -> str | None:
    """A type as written in a column ('Overdracht', 'handover'); None when it is not one."""
    low = " ".join(value.strip().lower().split())
    if not low:
        return EventType.NONE
    for key, label in EVENT_TYPE_LABELS.items():
        if low in (key, label):
            return key
    return None
