"""Who held responsibility for the child's safety, period by period, and where nobody did.

The inspectorates' rule: the party that hands a child over stays responsible until
the follow-up has really started. So the map follows the events that pass
responsibility on (hand-over, referral, closure, move, refusal) and asks, for each,
whether the receiving party confirmed its start. Where it did not, the receiving
party is taken to start at its first own event afterwards, and the time between
is a gap; a receiver that was already working with the family takes over at once. A closure or refusal that names no next party is a gap only when no
other party still held the child at that moment.

Partial dates count from their first day and carry their precision, so "04-2026"
is 1 April 2026 with precision month. Events without a date are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model.tables import Party
from casereview.timeline.events import EventRow, list_events
from casereview.vocabulary import (
    FOLLOWUP_YES,
    RESPONSIBILITY_EVENT_TYPES,
    DatePrecision,
    EventType,
    GapReason,
    PartyCategory,
)

# Coarser precisions rank higher: a span is as precise as its least precise end.
_COARSENESS: dict[str, int] = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2, DatePrecision.UNKNOWN: 3}


@dataclass(frozen=True, slots=True)
class Moment:
    """A date as the timeline knows it: the first day of what was written, and how precise that was."""

    day: date
    precision: str = DatePrecision.DAY


def coarser(first: Moment, second: Moment | None) -> str:
    """The precision of a span: that of its less precise end."""
    if second is None:
        return first.precision
    return max(first.precision, second.precision, key=lambda p: _COARSENESS.get(p, 3))


@dataclass(frozen=True, slots=True)
class Period:
    """A party held responsibility from ``start`` until ``end`` (None: still at the end of the timeline)."""

    party: str
    party_id: int
    start: Moment
    end: Moment | None

    @property
    def precision(self) -> str:
        return coarser(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Gap:
    """A time nobody held the child: opened by event ``event_id`` of ``after``, closed when ``receiver`` started."""

    start: Moment
    end: Moment | None
    after: str
    reason: GapReason
    receiver: str
    event_id: int

    @property
    def precision(self) -> str:
        return coarser(self.start, self.end)

    @property
    def days(self) -> int | None:
        return None if self.end is None else (self.end.day - self.start.day).days


@dataclass(frozen=True, slots=True)
class ResponsibilityMap:
    periods: tuple[Period, ...]
    gaps: tuple[Gap, ...]

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        """The shape ``casereview responsibility --json`` prints: ISO dates, partial ones as their first day."""
        return {
            "periods": [{"party": p.party, "from": p.start.day.isoformat(),
                         "to": None if p.end is None else p.end.day.isoformat(), "precision": p.precision}
                        for p in self.periods],
            "gaps": [{"from": g.start.day.isoformat(), "to": None if g.end is None else g.end.day.isoformat(),
                      "after": g.after, "reason": str(g.reason), "receiver": g.receiver, "precision": g.precision}
                     for g in self.gaps],
        }


def _unconfirmed_reason(event_type: str) -> GapReason:
    if event_type == EventType.MOVE:
        return GapReason.MOVE_WITHOUT_WARM_TRANSFER
    if event_type == EventType.REFUSAL:
        return GapReason.REFUSAL_WITHOUT_FALLBACK
    return GapReason.HANDOVER_UNCONFIRMED


def _without_receiver_reason(event_type: str) -> GapReason:
    if event_type == EventType.CLOSURE:
        return GapReason.CLOSURE_WITHOUT_NEXT_PARTY
    return _unconfirmed_reason(event_type)


class _Derivation:
    """One chronological pass over the dated events; see the module docstring for the rules."""

    def __init__(self, rows: Sequence[EventRow], names: dict[int, str], non_holders: frozenset[int]) -> None:
        self.rows = [r for r in rows if r.event.date_start is not None]
        self.names = names
        self.non_holders = non_holders
        self.open: dict[int, Moment] = {}
        self.periods: list[Period] = []
        self.last_end: dict[int, date] = {}
        self.gaps: list[Gap] = []
        self.waiting: list[tuple[Moment, int, str, str, GapReason]] = []  # gaps with no named next party

    def involved(self, row: EventRow, party_id: int) -> bool:
        return row.event.party_id == party_id or party_id in row.other_party_ids

    def first_event(self, party_id: int, *, after: date | None, strictly: bool) -> Moment | None:
        for row in self.rows:
            start = row.event.date_start
            assert start is not None
            if after is not None and (start < after or (strictly and start == after)):
                continue
            if self.involved(row, party_id):
                return Moment(start, row.event.date_precision)
        return None

    def holds_at(self, day: date) -> list[int]:
        return [pid for pid, start in self.open.items() if start.day <= day]

    def last_worker(self, row: EventRow, receiver: int | None) -> str:
        """Who was working with the family when it acted itself (a move): the holders, else the latest party seen."""
        holders = self.holds_at(row.event.date_start or date.min)
        if holders:
            return " + ".join(self.names.get(pid, "") for pid in sorted(holders))
        for earlier in reversed(self.rows[:self.rows.index(row)]):
            pid = earlier.event.party_id
            if pid is not None and pid not in self.non_holders and pid != receiver:
                return self.names.get(pid, "")
        return ""

    def close(self, party_id: int, at: Moment) -> None:
        start = self.open.pop(party_id, None)
        if start is None:
            start = self.first_event(party_id, after=self.last_end.get(party_id), strictly=party_id in self.last_end)
            start = at if start is None or start.day > at.day else start
        if start.day > at.day:  # it had not started yet when it let go
            start = at
        self.periods.append(Period(self.names.get(party_id, ""), party_id, start, at))
        self.last_end[party_id] = at.day

    def ensure_open(self, party_id: int, at: Moment) -> None:
        if party_id in self.open:
            return
        start = self.first_event(party_id, after=self.last_end.get(party_id), strictly=party_id in self.last_end)
        self.open[party_id] = start if start is not None and start.day <= at.day else at

    def run(self) -> ResponsibilityMap:
        for row in self.rows:
            if row.event.event_type in RESPONSIBILITY_EVENT_TYPES:
                self.step(row)
        for party_id, start in self.open.items():
            self.periods.append(Period(self.names.get(party_id, ""), party_id, start, None))
        self.periods.sort(key=lambda p: (p.start.day, p.end.day if p.end else date.max, p.party.casefold()))
        for start, event_id, after, receiver, reason in self.waiting:
            if any(g.start.day <= start.day and (g.end is None or start.day < g.end.day) for g in self.gaps):
                continue  # already inside a gap a hand-over opened: one gap, its first cause
            later = [p.start for p in self.periods if p.start.day > start.day]
            end = min(later, key=lambda m: m.day) if later else None
            self.gaps.append(Gap(start, end, after, reason, receiver, event_id))
        self.gaps.sort(key=lambda g: (g.start.day, g.event_id))
        return ResponsibilityMap(tuple(self.periods), tuple(self.gaps))

    def step(self, row: EventRow) -> None:
        event = row.event
        assert event.date_start is not None and event.id is not None
        at = Moment(event.date_start, event.date_precision)
        giver = event.party_id if event.party_id not in self.non_holders else None
        receiver = event.receiving_party_id
        if receiver == giver or receiver in self.non_holders:
            receiver = None
        if giver is not None:
            if event.event_type == EventType.REFERRAL:
                self.ensure_open(giver, at)
            else:
                self.close(giver, at)
        after = self.names.get(giver, "") if giver is not None else self.last_worker(row, receiver)
        if receiver is None:
            if event.event_type != EventType.REFERRAL and not self.holds_at(at.day):
                self.waiting.append((at, event.id, after, "", _without_receiver_reason(event.event_type)))
            return
        if receiver in self.open:
            return
        earlier = self.first_event(receiver, after=self.last_end.get(receiver), strictly=receiver in self.last_end)
        if earlier is not None and earlier.day < at.day:
            self.open[receiver] = earlier  # already working with the family: it takes over without a gap
            return
        if event.followup_confirmed == FOLLOWUP_YES:
            self.open[receiver] = at
            return
        started = self.first_event(receiver, after=at.day, strictly=True)
        if started is not None:
            self.open[receiver] = started
        if event.event_type == EventType.REFERRAL and giver is not None:
            return  # the referring party still holds the child meanwhile
        self.gaps.append(Gap(at, started, after, _unconfirmed_reason(event.event_type),
                             self.names.get(receiver, ""), event.id))


def derive_responsibility(rows: Sequence[EventRow], names: dict[int, str],
                          non_holders: Iterable[int] = ()) -> ResponsibilityMap:
    """Periods per party and the gaps between them, from events in chronological order.

    ``names`` maps party ids to names; ``non_holders`` are parties that never hold
    responsibility themselves (the family): their events pass nothing on.
    """
    return _Derivation(rows, names, frozenset(non_holders)).run()


def _parties(case: CaseFile) -> tuple[dict[int, str], list[int]]:
    with case.read() as s:
        parties = list(s.exec(select(Party)))
    names = {p.id: p.name for p in parties if p.id is not None}
    family = [p.id for p in parties if p.id is not None and p.category == PartyCategory.CLIENT]
    return names, family


def responsibility_map(case: CaseFile) -> ResponsibilityMap:
    """The map of a case file."""
    names, family = _parties(case)
    return derive_responsibility(list_events(case), names, family)


def responsibility_of_rows(case: CaseFile, rows: Sequence[EventRow]) -> ResponsibilityMap:
    """The map of rows whose party names were already replaced (pseudonyms in an export): names come from the rows.

    A receiving party that appears in no row keeps no name, so nothing unreplaced slips in.
    """
    _names, family = _parties(case)
    names: dict[int, str] = {}
    for row in rows:
        if row.event.party_id is not None:
            names[row.event.party_id] = row.party_name
        names.update(zip(row.other_party_ids, row.other_parties, strict=False))
    return derive_responsibility(rows, names, family)
