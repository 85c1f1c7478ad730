"""Timeline events: reading them in chronological order and editing them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from casereview.case_file import CaseFile
from casereview.dates import PartialDate, format_event_date, parse_date, sort_key
from casereview.model import CaseFileError
from casereview.model.tables import Party, TimelineEvent
from casereview.row_history import update_row
from casereview.vocabulary import KeyMoment


@dataclass(frozen=True)
class EventRow:
    """An event with its party name resolved, ready to show."""

    event: TimelineEvent
    party_name: str

    @property
    def date_label(self) -> str:
        e = self.event
        return format_event_date(e.date_start, e.date_precision, e.date_text)


def event_sort_key(event: TimelineEvent) -> tuple[int, int, int, str, int]:
    return (*sort_key(event.date_start, event.date_end, event.date_precision), event.time or "", event.id or 0)


def list_events(case: CaseFile) -> list[EventRow]:
    """All events in chronological order, imprecise dates at their middle, unknown last."""
    with case.read() as s:
        parties = {p.id: p.name for p in s.exec(select(Party))}
        events = list(s.exec(select(TimelineEvent)))
    events.sort(key=event_sort_key)
    return [EventRow(e, parties.get(e.party_id, "")) for e in events]


def apply_date(event: TimelineEvent, parsed: PartialDate) -> None:
    event.date_start = parsed.start
    event.date_end = parsed.end
    event.date_precision = parsed.precision
    event.date_text = parsed.text


def add_event(case: CaseFile, *, date_text: str, description: str, party_id: int | None = None,
              time: str = "", source: str = "", key_moment: str = KeyMoment.NONE) -> TimelineEvent:
    if not description.strip():
        raise CaseFileError("Beschrijf wat er gebeurde.")
    parsed = parse_date(date_text)
    if parsed.problem:
        raise CaseFileError(f"Datum: {parsed.problem}.")
    event = TimelineEvent(description=description.strip(), party_id=party_id, time=time.strip(),
                          source=source.strip(), key_moment=key_moment)
    apply_date(event, parsed)
    with case.write("event", "add", description[:60]) as s:
        s.add(event)
    return event


def set_event_date(case: CaseFile, event_id: int, date_text: str) -> dict[str, Any]:
    parsed = parse_date(date_text)
    if parsed.problem:
        raise CaseFileError(f"Datum: {parsed.problem}.")
    return update_row(case, TimelineEvent, event_id, "event", date_start=parsed.start, date_end=parsed.end,
                      date_precision=parsed.precision, date_text=parsed.text)


def set_key_moment(case: CaseFile, event_id: int, key_moment: str) -> dict[str, Any]:
    if key_moment not in KeyMoment.__members__.values():
        raise CaseFileError(f"Onbekend sleutelmoment '{key_moment}'.")
    return update_row(case, TimelineEvent, event_id, "event", key_moment=key_moment)
