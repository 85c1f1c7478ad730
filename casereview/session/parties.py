"""Parties (organisations and groups) and the participants who represent them."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.text_cleaning import clean_text
from casereview.model import CaseFileError
from casereview.model.tables import Contribution, Participant, Party
from casereview.vocabulary import PartyCategory


def list_parties(case: CaseFile) -> list[Party]:
    with case.read() as s:
        return list(s.exec(select(Party).order_by(Party.name)))


def find_or_create_party(session: Session, name: str,
                         category: str = PartyCategory.ORGANISATION) -> Party:
    """Return the party with this name (case-insensitive), adding it if new.

    The name is cleaned as it will be stored, and compared with Python's case folding:
    SQLite's lower() folds only ASCII, so "Çelik" and "çelik" would otherwise be two parties,
    and a name differing only in an invisible character would hit the unique name.
    """
    clean = " ".join(clean_text(name).split())
    wanted = clean.casefold()
    party = next((p for p in session.exec(select(Party)) if p.name.casefold() == wanted), None)
    if party is None:
        party = Party(name=clean, category=category)
        session.add(party)
        session.flush()
    return party


def add_party(case: CaseFile, name: str, category: str = PartyCategory.ORGANISATION) -> Party:
    if not name.strip():
        raise CaseFileError(code="party.no_name")
    if category not in PartyCategory.__members__.values():
        raise CaseFileError(code="party.unknown_category", category=category)
    with case.write("party", "add", name) as s:
        party = find_or_create_party(s, name, category)
        party.category = category
        s.add(party)
    return party


def list_participants(case: CaseFile) -> list[Participant]:
    with case.read() as s:
        return list(s.exec(select(Participant).order_by(col(Participant.party_id), col(Participant.name))))


def add_participant(case: CaseFile, name: str, role: str = "", party_id: int | None = None) -> Participant:
    if not name.strip():
        raise CaseFileError(code="participant.no_name")
    with case.write("participant", "add", role) as s:
        participant = Participant(name=name.strip(), role=role.strip(), party_id=party_id)
        s.add(participant)
    return participant


def contribution_counts(case: CaseFile) -> dict[int, int]:
    """Contributions per party id: the basis of the rule-5 balance."""
    with case.read() as s:
        rows = s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id)))
        return {pid: n for pid, n in rows if pid is not None}
