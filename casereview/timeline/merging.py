"""One timeline out of many parties': finding the events two parties each told, and merging them.

Each party sends its own timeline, so a hand-over from Veilig Thuis to the
wijkteam arrives twice, in two wordings. :func:`propose_merges` pairs events of
different parties whose dates overlap and whose content is alike (rapidfuzz
on the words that carry meaning, plus the event type, the time of day and
whether each text names the other party) and scores them 0-100.
:func:`merge_events` makes one event with every party, keeping each part's
text, source, file and row (:class:`~casereview.model.tables.EventPart`);
:func:`unmerge` takes a merge back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Conclusion,
    ConclusionEventLink,
    Contribution,
    EventPart,
    EventPartyLink,
    Party,
    TimelineEvent,
)
from casereview.timeline.event_types import recognise_event_type
from casereview.timeline.events import EventRow, list_events
from casereview.vocabulary import DatePrecision, KeyMoment

DEFAULT_THRESHOLD = 60

_STOP = set("""de het een en of van naar met door aan op in bij voor uit over om te tot is was zijn werd worden wordt er
dat die dit deze ook nog niet wel al als dan maar zo we wij ons onze hij zij ze haar hem hun zich u ik jij je
the a an of to and with by for on at is was""".split())
_PRECISION_RANK = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}


@dataclass(frozen=True)
class Proposal:
    """Events that are likely one fact told by several parties, with how alike they are (0-100)."""

    events: list[int]
    score: int


def _words(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text.casefold())
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    return " ".join(w for w in re.findall(r"[a-z0-9]+", flat) if w not in _STOP)


def _parties(row: EventRow) -> set[str]:
    return {n.casefold() for n in row.party_names}


def _mentions(text: str, names: set[str]) -> bool:
    """Whether a text names one of the parties (all words of the name, or its initials like 'VT')."""
    words = set(text.split())
    for name in names:
        parts = [w for w in _words(name).split() if w]
        if parts and all(p in words for p in parts):
            return True
        if len(parts) > 1 and "".join(p[0] for p in parts) in words:
            return True
    return False


def _overlap(a: EventRow, b: EventRow) -> bool:
    ea, eb = a.event, b.event
    if ea.date_start is None or eb.date_start is None:
        return False
    return ea.date_start <= (eb.date_end or eb.date_start) and eb.date_start <= (ea.date_end or ea.date_start)


def _minutes(text: str) -> int | None:
    m = re.match(r"^(\d{1,2}):(\d{2})$", text or "")
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def pair_score(a: EventRow, b: EventRow) -> int:
    """How likely two events of different parties are one fact (0-100); 0 when dates do not overlap."""
    if not _overlap(a, b) or _parties(a) & _parties(b):
        return 0
    ta, tb = _words(a.event.description), _words(b.event.description)
    text = 0.5 * fuzz.token_set_ratio(ta, tb) + 0.5 * fuzz.token_sort_ratio(ta, tb)
    score = text
    kind_a = a.event.event_type or recognise_event_type(a.event.description)
    kind_b = b.event.event_type or recognise_event_type(b.event.description)
    if kind_a and kind_b:
        score += 20 if kind_a == kind_b else -20
    if _mentions(ta, _parties(b)) or _mentions(tb, _parties(a)):
        score += 10
    ma, mb = _minutes(a.event.time), _minutes(b.event.time)
    if ma is not None and mb is not None and abs(ma - mb) > 60:
        score -= 25
    if a.event.date_precision == b.event.date_precision == DatePrecision.DAY:
        score += 5
    return max(0, min(100, round(score)))


def propose_merges(case: CaseFile, threshold: int = DEFAULT_THRESHOLD,
                   rows: Sequence[EventRow] | None = None) -> list[Proposal]:
    """Groups of events (of different parties) scoring at least ``threshold``, best first.

    A group never holds two events of one party: a party does not tell one fact twice.
    """
    rows = [r for r in (list_events(case) if rows is None else rows) if r.event.date_start is not None]
    rows.sort(key=lambda r: r.event.date_start or date.min)
    pairs: list[tuple[int, int, int]] = []
    for i, a in enumerate(rows):
        end_a = a.event.date_end or a.event.date_start
        for b in rows[i + 1:]:
            if b.event.date_start > end_a:  # type: ignore[operator]
                break
            score = pair_score(a, b)
            if score >= threshold:
                pairs.append((score, int(a.event.id or 0), int(b.event.id or 0)))
    by_id = {int(r.event.id or 0): r for r in rows}
    group_of: dict[int, int] = {}
    groups: dict[int, dict[str, Any]] = {}
    for score, x, y in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gx, gy = group_of.get(x), group_of.get(y)
        if gx is not None and gx == gy:
            continue
        members_x = groups[gx]["ids"] if gx is not None else {x}
        members_y = groups[gy]["ids"] if gy is not None else {y}
        names_x = set().union(*(_parties(by_id[i]) for i in members_x))
        names_y = set().union(*(_parties(by_id[i]) for i in members_y))
        if names_x & names_y:
            continue
        target = gx if gx is not None else (gy if gy is not None else x)
        merged = {"ids": members_x | members_y, "score": min([score] + [groups[g]["score"] for g in (gx, gy)
                                                                         if g is not None])}
        for g in (gx, gy):
            if g is not None and g != target:
                groups.pop(g)
        groups[target] = merged
        for i in merged["ids"]:
            group_of[i] = target
    proposals = [Proposal(sorted(g["ids"]), int(g["score"])) for g in groups.values()]
    proposals.sort(key=lambda p: (-p.score, p.events))
    return proposals


@dataclass(frozen=True)
class MergeSnapshot:
    """Everything :func:`merge_events` changed, so :func:`unmerge` can put it back."""

    kept: dict[str, Any]
    kept_party_links: list[int]
    kept_parts: list[dict[str, Any]]
    absorbed: list[dict[str, Any]]
    absorbed_party_links: list[tuple[int, int]]
    absorbed_parts: list[dict[str, Any]]
    contribution_links: list[tuple[int, int]]  # (contribution id, absorbed event id)
    conclusion_links: list[tuple[int, int]]  # (conclusion id, absorbed event id)
    kept_conclusions: list[int] = field(default_factory=list)


def _part_of(event: TimelineEvent) -> EventPart:
    return EventPart(event_id=event.id or 0, party_id=event.party_id, date_text=event.date_text, time=event.time,
                     description=event.description, source=event.source, origin_file=event.origin_file,
                     origin_row=event.origin_row)


def merge_events(case: CaseFile, event_ids: Sequence[int], *, description: str | None = None,
                 keep: int | None = None) -> MergeSnapshot:
    """Merge events into one with all their parties; each part's text, source, file and row are kept.

    The kept event is ``keep`` or the one with the most precise date (then the oldest);
    ``description`` replaces its text (the chair's choice or a combination).
    """
    ids = sorted(set(event_ids))
    if len(ids) < 2:
        raise CaseFileError(code="merge.too_few")
    if description is not None and not description.strip():
        raise CaseFileError(code="merge.no_description")
    with case.write("event", "merge", ", ".join(f"#{i}" for i in ids)[:300]) as s:
        events = list(s.exec(select(TimelineEvent).where(col(TimelineEvent.id).in_(ids))))
        if len(events) != len(ids):
            raise CaseFileError(code="merge.event_gone")
        events.sort(key=lambda e: (_PRECISION_RANK.get(e.date_precision, 3), e.id or 0))
        kept = next((e for e in events if e.id == keep), events[0]) if keep is not None else events[0]
        others = [e for e in events if e is not kept]
        other_ids = [e.id for e in others]
        links = list(s.exec(select(EventPartyLink).where(col(EventPartyLink.event_id).in_(ids))))
        parts = list(s.exec(select(EventPart).where(col(EventPart.event_id).in_(ids))))
        contributions = list(s.exec(select(Contribution).where(col(Contribution.event_id).in_(other_ids))))
        conclusion_links = list(s.exec(select(ConclusionEventLink).where(col(ConclusionEventLink.event_id).in_(ids))))
        snapshot = MergeSnapshot(
            kept=kept.model_dump(),
            kept_party_links=sorted(link.party_id for link in links if link.event_id == kept.id),
            kept_parts=[p.model_dump() for p in parts if p.event_id == kept.id],
            absorbed=[e.model_dump() for e in others],
            absorbed_party_links=[(link.event_id, link.party_id) for link in links if link.event_id != kept.id],
            absorbed_parts=[p.model_dump() for p in parts if p.event_id != kept.id],
            contribution_links=[(c.id or 0, c.event_id or 0) for c in contributions],
            conclusion_links=[(link.conclusion_id, link.event_id) for link in conclusion_links
                              if link.event_id != kept.id],
            kept_conclusions=[link.conclusion_id for link in conclusion_links if link.event_id == kept.id],
        )
        new_parts = [] if snapshot.kept_parts else [_part_of(kept)]
        for e in others:
            own = [p for p in parts if p.event_id == e.id]
            new_parts.extend(EventPart(**{**p.model_dump(exclude={"id"}), "event_id": kept.id}) for p in own)
            if not own:
                new_parts.append(EventPart(**{**_part_of(e).model_dump(exclude={"id"}), "event_id": kept.id}))
        party_ids = {pid for pid in [e.party_id for e in events] + [link.party_id for link in links] if pid}
        sources: list[str] = []
        for e in [kept, *others]:
            for line in e.source.splitlines():
                if line.strip() and line.strip() not in sources:
                    sources.append(line.strip())
        kept.source = "\n".join(sources)
        if description is not None:
            kept.description = description.strip()
        if kept.party_id is None:
            kept.party_id = next((e.party_id for e in others if e.party_id), None)
        kept.time = kept.time or next((e.time for e in others if e.time), "")
        kept.event_type = kept.event_type or next((e.event_type for e in others if e.event_type), "")
        kept.followup_confirmed = kept.followup_confirmed or next(
            (e.followup_confirmed for e in others if e.followup_confirmed), "")
        if kept.key_moment == KeyMoment.NONE:
            kept.key_moment = next((e.key_moment for e in others if e.key_moment != KeyMoment.NONE), KeyMoment.NONE)
        s.add(kept)
        for c in contributions:
            c.event_id = kept.id
            s.add(c)
        for link in conclusion_links:
            if link.event_id != kept.id:
                s.delete(link)
        s.flush()
        for conclusion_id in {link.conclusion_id for link in conclusion_links} - set(snapshot.kept_conclusions):
            s.add(ConclusionEventLink(conclusion_id=conclusion_id, event_id=kept.id))
        for p in parts:
            if p.event_id != kept.id:
                s.delete(p)
        for link in links:
            s.delete(link)
        for e in others:
            s.delete(e)
        s.flush()
        s.add_all(new_parts)
        s.add_all(EventPartyLink(event_id=kept.id, party_id=pid) for pid in sorted(party_ids) if pid != kept.party_id)
    return snapshot


def unmerge(case: CaseFile, snapshot: MergeSnapshot) -> None:
    """Undo :func:`merge_events`: the events come back as they were, with the same ids and links."""
    kept_id = snapshot.kept["id"]
    with case.write("event", "restore", f"samenvoeging van #{kept_id} ongedaan gemaakt") as s:
        kept = s.get(TimelineEvent, kept_id)
        if kept is None:
            raise CaseFileError(code="merge.merged_gone")
        for part in s.exec(select(EventPart).where(EventPart.event_id == kept_id)):
            s.delete(part)
        for link in s.exec(select(EventPartyLink).where(EventPartyLink.event_id == kept_id)):
            s.delete(link)
        for link in s.exec(select(ConclusionEventLink).where(ConclusionEventLink.event_id == kept_id)):
            if link.conclusion_id not in snapshot.kept_conclusions:
                s.delete(link)
        for name, value in snapshot.kept.items():
            setattr(kept, name, value)
        s.add(kept)
        s.flush()
        s.add_all(TimelineEvent.model_validate(e) for e in snapshot.absorbed)
        s.flush()
        s.add_all(EventPartyLink(event_id=kept_id, party_id=p) for p in snapshot.kept_party_links if s.get(Party, p))
        s.add_all(EventPartyLink(event_id=e, party_id=p) for e, p in snapshot.absorbed_party_links if s.get(Party, p))
        s.add_all(EventPart.model_validate(p) for p in [*snapshot.kept_parts, *snapshot.absorbed_parts])
        for contribution_id, event_id in snapshot.contribution_links:
            contribution = s.get(Contribution, contribution_id)
            if contribution is not None and contribution.event_id == kept_id:
                contribution.event_id = event_id
                s.add(contribution)
        s.add_all(ConclusionEventLink(conclusion_id=c, event_id=e) for c, e in snapshot.conclusion_links
                  if s.get(Conclusion, c) is not None)

