"""One timeline out of many parties': finding the events two parties each told, and merging them.

Each party sends its own timeline, so a hand-over from Veilig Thuis to the
wijkteam arrives twice, in two wordings. :func:`propose_merges` pairs events of
different parties whose dates lie close for their precision and whose content
is alike (:mod:`casereview.timeline.event_matching`: Dutch stems, the field's
names and abbreviations, the two sides of one act) and scores them 0-100; the
chair's "apart houden" is remembered in the case file (:class:`MergeRejection`).
:func:`merge_events` makes one event with every party, keeping each part's
text, source, file and row (:class:`~casereview.model.tables.EventPart`);
:func:`unmerge` takes a merge back exactly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlmodel import col, select

from casereview import settings
from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Conclusion,
    ConclusionEventLink,
    Contribution,
    EventPart,
    EventPartyLink,
    MergeRejection,
    Party,
    TimelineEvent,
)
from casereview.timeline.event_matching import Lexicon, PairMatch, fold, prepare, score_all, score_pair, weigh
from casereview.timeline.events import EventRow, list_events
from casereview.vocabulary import DatePrecision, KeyMoment
from casereview.vocabulary.field_terms import parse_extra_terms

DEFAULT_THRESHOLD = 45

_PRECISION_RANK = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}


@dataclass(frozen=True)
class Proposal:
    """Events that are likely one fact told by several parties, with how alike they are (0-100).

    ``pairs`` say why: for each pair of the group its score, days apart, shared words and rules.
    """

    events: list[int]
    score: int
    pairs: tuple[PairMatch, ...] = ()


def chair_terms() -> dict[str, tuple[str, ...]]:
    """The forms the chair added in the merge assistant ("SWT = wijkteam"), kept in the user's settings."""
    return parse_extra_terms(settings.get("merge_terms"))


def _lexicon(rows: Sequence[EventRow]) -> Lexicon:
    """The field's vocabulary, the chair's own forms, and every party name of the case as a name to recognise."""
    extra = dict(chair_terms())
    base = Lexicon.build(extra)
    for name in {n for r in rows for n in r.party_names}:
        _content, named, _receiving = base.terms(name)
        if not named:
            extra.setdefault(fold(name).strip(), (fold(name).strip(),))
    return Lexicon.build(extra).with_vocabulary(r.event.description for r in rows)


def event_fingerprint(row: EventRow) -> str:
    """An event as the chair saw it (parties, written date, text): the same after reopening and a new import."""
    parts = " | ".join([", ".join(sorted(fold(n) for n in row.party_names)), fold(row.event.date_text).strip(),
                        " ".join(fold(row.event.description).split())])
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()[:32]


def kept_apart(case: CaseFile) -> set[frozenset[str]]:
    """The pairs of event fingerprints the chair decided are not one fact."""
    with case.read() as s:
        return {frozenset((r.first, r.second)) for r in s.exec(select(MergeRejection))}


def keep_apart(case: CaseFile, event_ids: Sequence[int]) -> list[tuple[str, str]]:
    """Remember that these events are different facts, so no proposal pairs any two of them again.

    Returns the pairs it added, for :func:`undo_keep_apart`.
    """
    rows = {int(r.event.id or 0): r for r in list_events(case)}
    prints = sorted({event_fingerprint(rows[i]) for i in event_ids if i in rows})
    if len(prints) < 2:
        raise CaseFileError(code="merge.too_few_apart")
    added: list[tuple[str, str]] = []
    with case.write("event", "keep apart", ", ".join(f"#{i}" for i in sorted(event_ids))[:300]) as s:
        for first, second in combinations(prints, 2):
            if s.get(MergeRejection, (first, second)) is None:
                s.add(MergeRejection(first=first, second=second))
                added.append((first, second))
    return added


def undo_keep_apart(case: CaseFile, added: Sequence[tuple[str, str]]) -> None:
    """Take back :func:`keep_apart`: these events may be proposed together again."""
    with case.write("event", "restore", "apart houden ongedaan gemaakt") as s:
        for first, second in added:
            row = s.get(MergeRejection, (first, second))
            if row is not None:
                s.delete(row)


def pair_score(a: EventRow, b: EventRow) -> int:
    """How likely two events of different parties are one fact (0-100), compared within a case of just the two."""
    lexicon = _lexicon([a, b])
    texts, weights = weigh(prepare([a, b], lexicon))
    if len(texts) < 2:
        return 0
    match = score_pair(texts[0], texts[1], weights)
    return match.score if match else 0


def propose_merges(case: CaseFile, threshold: int = DEFAULT_THRESHOLD,
                   rows: Sequence[EventRow] | None = None) -> list[Proposal]:
    """Groups of events (of different parties) that are likely one fact, best first.

    Events are compared within a date window that fits their precision. A group
    never holds two events of one party (a party does not tell one fact twice)
    nor two events the chair kept apart, and an event joins a group only when it
    is alike enough to every member, so one loose likeness does not chain two
    facts of one day together.
    """
    rows = [r for r in (list_events(case) if rows is None else rows) if r.event.date_start is not None]
    lexicon = _lexicon(rows)
    texts, weights = weigh(prepare(rows, lexicon))
    rejected = kept_apart(case) if rows else set()
    prints = {int(r.event.id or 0): event_fingerprint(r) for r in rows} if rejected else {}
    floor = max(0, threshold - 15)
    scores = score_all(texts, weights, floor)
    parties = {t.id: t.parties for t in texts}

    def allowed(x: int, y: int) -> bool:
        return not rejected or frozenset((prints[x], prints[y])) not in rejected

    group_of: dict[int, int] = {}
    members: dict[int, set[int]] = {}
    told_by: dict[int, frozenset[str]] = {}  # the parties of each group
    for (x, y), _score in sorted(((pair, score) for pair, score in scores.items() if score >= threshold),
                                key=lambda item: (-item[1], item[0])):
        gx, gy = group_of.get(x, x), group_of.get(y, y)
        if gx == gy or not told_by.get(gx, parties[x]).isdisjoint(told_by.get(gy, parties[y])):
            continue
        mx, my = members.get(gx, {x}), members.get(gy, {y})
        cross = [(min(p, q), max(p, q)) for p in mx for q in my]
        if any(pair not in scores or not allowed(*pair) for pair in cross):
            continue
        if sum(scores[pair] for pair in cross) / len(cross) < threshold:
            continue
        merged = mx | my
        for g in (gx, gy):
            members.pop(g, None)
        members[gx] = merged
        told_by[gx] = told_by.get(gx, parties[x]) | told_by.get(gy, parties[y])
        for i in merged:
            group_of[i] = gx
    by_id = {t.id: t for t in texts}
    proposals = []
    for ids in members.values():
        explained = (score_pair(by_id[p], by_id[q], weights) for p, q in combinations(sorted(ids), 2))
        pairs = tuple(sorted((m for m in explained if m is not None), key=lambda m: (-m.score, m.first)))
        proposals.append(Proposal(sorted(ids), min(m.score for m in pairs), pairs))
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

