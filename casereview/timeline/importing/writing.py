"""Writing converted rows into a case as one batch, and taking a whole batch out again (undo, redo)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert
from sqlmodel import Session, col, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Agreement,
    Conclusion,
    ConclusionEventLink,
    Contribution,
    Participant,
    Party,
    PreparationQuestion,
    TimelineEvent,
)
from casereview.timeline.importing.rows import ConvertedRow
from casereview.vocabulary import PartyCategory

INSERT_CHUNK = 2_000
CLIENT_WORDS = ("moeder", "vader", "ouder", "kind", "oma", "opa", "gezin", "stiefvader", "stiefmoeder",
                 "pleegouder", "jeugdige", "cliënt", "client")


@dataclass(frozen=True)
class ImportSnapshot:
    """Everything :func:`remove_import` took away, so :func:`restore_import` can put it back."""

    batch: int
    events: list[dict[str, Any]]
    parties: list[dict[str, Any]]
    contribution_links: list[tuple[int, int]]  # (contribution id, event id)
    conclusion_links: list[tuple[int, int]]  # (conclusion id, event id)



def event_key(start: date | None, end: date | None, precision: str, date_text: str, time_text: str, party: str,
               description: str) -> tuple[Any, ...]:
    """Two events with the same key are exact duplicates (whitespace and letter case aside)."""
    when: tuple[Any, ...] = (start, end, str(precision)) if start else ("", " ".join(date_text.split()).casefold())
    return (when, time_text.strip(), party.casefold(), " ".join(description.split()).casefold())


def existing_keys(session: Session) -> set[tuple[Any, ...]]:
    e = TimelineEvent
    rows = session.exec(select(e.date_start, e.date_end, e.date_precision, e.date_text, e.time, Party.name,
                               e.description).join(Party, e.party_id == Party.id, isouter=True))
    return {event_key(start, end, precision, text, clock, name or "", description)
            for start, end, precision, text, clock, name, description in rows}


def guess_category(name: str) -> str:
    low = name.casefold()
    if low.startswith("gemeente") or " gemeente" in low:
        return PartyCategory.MUNICIPALITY
    if "inspectie" in low:
        return PartyCategory.INSPECTORATE
    if any(low == w or low.startswith(w + " ") for w in CLIENT_WORDS):
        return PartyCategory.CLIENT
    return PartyCategory.ORGANISATION


def select_new(session: Session, rows: list[ConvertedRow]) -> tuple[list[ConvertedRow], int, list[str]]:
    """Rows that are not already in the case or earlier in the file, and the party names that are new."""
    seen = existing_keys(session)
    known = {p.name.casefold() for p in session.exec(select(Party))}
    new: list[ConvertedRow] = []
    duplicates = 0
    parties_added: list[str] = []
    for r in rows:
        key = event_key(r.date.start, r.date.end, r.date.precision, r.date.text, r.time, r.party, r.description)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        new.append(r)
        if r.party and r.party.casefold() not in known:
            known.add(r.party.casefold())
            parties_added.append(r.party)
    return new, duplicates, parties_added


def write_rows(session: Session, rows: list[ConvertedRow], origin_file: str = "") -> int:
    """Insert the rows in bulk under a new batch number; returns that number."""
    party_ids = {p.name.casefold(): p.id for p in session.exec(select(Party))}
    created: list[Party] = []
    for r in rows:
        if r.party and r.party.casefold() not in party_ids:
            p = Party(name=r.party, category=guess_category(r.party))
            party_ids[r.party.casefold()] = None
            created.append(p)
    if created:
        session.add_all(created)
        session.flush()
        party_ids.update({p.name.casefold(): p.id for p in created})
    names = {p.name: p.id for p in session.exec(select(Party)) if p.id is not None}
    last = session.exec(select(func.max(TimelineEvent.import_batch))).one()
    batch = (last or 0) + 1
    values = [
        {"date_start": r.date.start, "date_end": r.date.end, "date_precision": str(r.date.precision),
         "date_text": r.date.text, "time": r.time, "party_id": party_ids.get(r.party.casefold()) if r.party else None,
         "description": r.description, "source": r.source, "key_moment": str(r.key_moment), "import_batch": batch,
         "event_type": str(r.event_type), "origin_file": origin_file, "origin_row": r.row,
         "receiving_party_id": receiving_party(r.receiver, names), "followup_confirmed": r.followup_confirmed}
        for r in rows
    ]
    connection = session.connection()
    for i in range(0, len(values), INSERT_CHUNK):
        connection.execute(insert(TimelineEvent), values[i:i + INSERT_CHUNK])
    return batch


_ARTICLE = re.compile(r"^(?:de|het|een|naar|aan)\s+", re.IGNORECASE)


def receiving_party(words: str, parties: dict[str, int]) -> int | None:
    """The one party the words after "overgedragen aan" name ("het wijkteam" is Wijkteam Noord); None when unsure."""
    wanted = _ARTICLE.sub("", " ".join(words.split())).casefold()
    if len(wanted) < 2:
        return None
    exact = [pid for name, pid in parties.items() if name.casefold() == wanted]
    if exact:
        return exact[0]
    close = [pid for name, pid in parties.items()
             if name.casefold().startswith(wanted) or wanted.startswith(name.casefold())]
    return close[0] if len(close) == 1 else None


def import_batches(case: CaseFile) -> dict[int, int]:
    """Batch number -> number of events still in the case from that import."""
    with case.read() as s:
        rows = s.exec(select(col(TimelineEvent.import_batch), func.count()).where(col(TimelineEvent.import_batch).is_not(None))
                      .group_by(col(TimelineEvent.import_batch)))
        return {int(b): int(n) for b, n in rows}


def party_in_use(session: Session, party_id: int) -> bool:
    checks = (
        select(TimelineEvent.id).where(TimelineEvent.party_id == party_id),
        select(Participant.id).where(Participant.party_id == party_id),
        select(Contribution.id).where(Contribution.party_id == party_id),
        select(Agreement.id).where(Agreement.owner_party_id == party_id),
        select(PreparationQuestion.id).where(PreparationQuestion.party_id == party_id),
    )
    return any(session.exec(q.limit(1)).first() is not None for q in checks)


def remove_import(case: CaseFile, batch: int, *, parties_added: Iterable[str] = ()) -> ImportSnapshot:
    """Take a whole import out again (undo).

    ``parties_added`` (from the report) names parties the import created; they
    are removed too when nothing else refers to them any more. Links from
    contributions and conclusions to the removed events are kept in the
    snapshot so a redo restores them.
    """
    with case.write("event", "delete", f"import {batch} ongedaan gemaakt") as s:
        events = list(s.exec(select(TimelineEvent).where(TimelineEvent.import_batch == batch)))
        if not events:
            raise CaseFileError(f"Import {batch} staat niet (meer) in het dossier.")
        ids = [e.id for e in events]
        contribution_links = [(c.id, c.event_id) for c in
                              s.exec(select(Contribution).where(col(Contribution.event_id).in_(ids)))]
        conclusion_links = [(link.conclusion_id, link.event_id) for link in
                            s.exec(select(ConclusionEventLink).where(col(ConclusionEventLink.event_id).in_(ids)))]
        event_data = [e.model_dump() for e in events]
        connection = s.connection()
        for i in range(0, len(ids), 500):
            connection.execute(delete(TimelineEvent).where(col(TimelineEvent.id).in_(ids[i:i + 500])))
        s.expunge_all()
        removed_parties: list[dict[str, Any]] = []
        names = {n.casefold() for n in parties_added}
        if names:
            for p in s.exec(select(Party)):
                if p.name.casefold() in names and not party_in_use(s, p.id):
                    removed_parties.append(p.model_dump())
                    s.delete(p)
    if removed_parties:
        case.notify("party")
    return ImportSnapshot(batch, event_data, removed_parties, contribution_links, conclusion_links)


def restore_import(case: CaseFile, snapshot: ImportSnapshot) -> None:
    """Put back what :func:`remove_import` took away, with the same ids (redo)."""
    with case.write("event", "restore", f"import {snapshot.batch} hersteld") as s:
        if snapshot.parties:
            s.add_all(Party.model_validate(p) for p in snapshot.parties)
            s.flush()
        connection = s.connection()
        for i in range(0, len(snapshot.events), INSERT_CHUNK):
            connection.execute(insert(TimelineEvent), snapshot.events[i:i + INSERT_CHUNK])
        for contribution_id, event_id in snapshot.contribution_links:
            contribution = s.get(Contribution, contribution_id)
            if contribution is not None:
                contribution.event_id = event_id
                s.add(contribution)
        s.add_all(ConclusionEventLink(conclusion_id=c, event_id=e) for c, e in snapshot.conclusion_links
                  if s.get(Conclusion, c) is not None and s.get(ConclusionEventLink, (c, e)) is None)
    if snapshot.parties:
        case.notify("party")
