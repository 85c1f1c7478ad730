"""Kinds of event in a feitenrelaas (signaal, contact, besluit, overdracht, ...), recognised from clear words.

The inspectorates look at hand-overs in particular: the sending party must make
sure the follow-up care really starts, so a hand-over also records whether that
start was confirmed (:data:`FOLLOWUP_LABELS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from casereview.vocabulary import (
    EVENT_TYPE_LABELS,
    FOLLOWUP_LABELS,
    FOLLOWUP_NO,
    FOLLOWUP_UNKNOWN,
    FOLLOWUP_YES,
    EventType,
)

__all__ = ["EVENT_TYPE_LABELS", "FOLLOWUP_LABELS", "EventType", "HandoverWording", "event_type_from_text",
           "recognise_event_type", "recognise_handover"]


# Word stems that say clearly what kind of event a description is; the earliest in the text wins,
# so "Huisbezoek na melding van de buren" is a contact, not a report.
_CLEAR_WORDS: tuple[tuple[str, EventType], ...] = (
    (r"(?:af)?gesloten|afsluit\w*|sluit(?:en)?(?:\s+\w+){0,3}\s+(?:af|dossier|zaak)", EventType.CLOSURE),
    (r"verhui(?:st|zen|sde|sden|zing)\w*|verhuisd|trekt\s+(?:\w+\s+){0,2}naar", EventType.MOVE),
    (r"afgewezen|afwijz\w*|wijst(?:\s+\w+){0,4}\s+af|niet\s+(?:ontvankelijk|gehonoreerd)", EventType.REFUSAL),
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


@cache
def _type_pattern() -> re.Pattern[str]:
    """Compiled when a description is first read (an import), not while the window opens."""
    return re.compile("|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (p, _t) in enumerate(_CLEAR_WORDS)), re.IGNORECASE)


def recognise_event_type(description: str) -> str:
    """The type named by the first clear word of a description, or '' when none is clear."""
    match = _type_pattern().search(description)
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


@dataclass(frozen=True, slots=True)
class HandoverWording:
    """What the words of a description say about passing responsibility on.

    ``receiver`` is the text after "aan"/"naar" ("het wijkteam"), to be matched
    against the case's parties; ``confirmed`` is a FOLLOWUP_* value.
    """

    receiver: str
    confirmed: str


_RECEIVER = re.compile(
    r"\b(?:overgedragen|overdracht|draagt(?:\s+\w+){0,3}\s+over|verwezen|verwijst(?:\s+\w+){0,2}|verhuist|verhuisd|"
    r"verhuizing|overgenomen)\s+(?:aan|naar|door)\s+(?P<receiver>[^,.;:()]+)", re.IGNORECASE)
_RECEIVER_END = re.compile(r"\s+(?:met|en|omdat|want|maar|zonder|op|in|na|voor|die|dat)\b.*$", re.IGNORECASE)
_WITHOUT_WARM = re.compile(r"\bzonder\s+(?:warme\s+)?overdracht|\bniet\s+(?:bevestigd|gestart|opgestart)|"
                           r"\bkomt\s+er\s+niet\s+van", re.IGNORECASE)
_WARM = re.compile(r"\bwarme\s+overdracht|\bbevestigt\s+(?:de\s+)?start|\bstart\s+is\s+bevestigd", re.IGNORECASE)


def recognise_handover(description: str) -> HandoverWording:
    """The receiving party's wording and whether the start was confirmed, as far as the words say.

    "Gesloten zonder warme overdracht" says no; "warme overdracht aan het wijkteam" says yes;
    anything else leaves the confirmation unknown for the chair to fill in.
    """
    match = _RECEIVER.search(description)
    receiver = ""
    if match is not None:
        receiver = _RECEIVER_END.sub("", match.group("receiver")).strip()
    if _WITHOUT_WARM.search(description):
        confirmed = FOLLOWUP_NO
    elif _WARM.search(description):
        confirmed = FOLLOWUP_YES
    else:
        confirmed = FOLLOWUP_UNKNOWN
    return HandoverWording(receiver, confirmed)
