"""Parties (organisations and groups) and the participants who represent them."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import Removed, put_back, remove_rows, update_fields
from casereview.casefile.text_cleaning import clean_text
from casereview.model import CaseFileError
from casereview.model.tables import Contribution, Participant, Party
from casereview.vocabulary import PartyCategory

PICK_KEYS = 9  # Ctrl+1..9 pick the first nine parties in the capture bar
NEAR_SCORE = 60  # how alike a typed name must be to an existing party to be offered instead


def list_parties(case: CaseFile) -> list[Party]:
    """All parties in the one order the window numbers them in (capture bar, chart, lists): by name."""
    with case.read() as s:
        parties = list(s.exec(select(Party)))
    parties.sort(key=lambda p: (p.name.casefold(), p.id or 0))
    return parties


def party_numbers(case: CaseFile) -> dict[int, int]:
    """Party id → its number (1, 2, ...), the same everywhere a party is chosen; Ctrl+number picks it."""
    return {p.id: n for n, p in enumerate(list_parties(case), start=1) if p.id is not None}


def nearest_party_names(case: CaseFile, name: str, limit: int = 3) -> list[str]:
    """Existing parties whose name is like ``name`` (a typing slip such as "Wijkteem"), most alike first."""
    from rapidfuzz import fuzz, process  # only when a name is matched, not to open a case

    names = [p.name for p in list_parties(case)]
    found = process.extract(name.strip(), names, scorer=fuzz.WRatio, processor=str.casefold, limit=limit,
                            score_cutoff=NEAR_SCORE)
    return [match for match, _score, _index in found]


def find_party_id(case: CaseFile, name: str) -> int | None:
    """The party with exactly this name (as it would be stored, case folded), if any."""
    wanted = " ".join(clean_text(name).split()).casefold()
    return next((p.id for p in list_parties(case) if p.name.casefold() == wanted), None)


def update_party(case: CaseFile, party_id: int, **values: Any) -> dict[str, Any]:
    """Rename a party or change its category; returns the previous values (for undo)."""
    unknown = set(values) - {"name", "category"}
    if unknown:
        raise CaseFileError(code="party.unknown_field", items=", ".join(sorted(unknown)))
    if "name" in values:
        values["name"] = " ".join(clean_text(str(values["name"])).split())
        if not values["name"]:
            raise CaseFileError(code="party.no_name")
        other = find_party_id(case, values["name"])
        if other is not None and other != party_id:
            raise CaseFileError(code="party.exists", name=values["name"])
    if "category" in values and values["category"] not in PartyCategory.__members__.values():
        raise CaseFileError(code="party.unknown_category", category=values["category"])
    return update_fields(case, Party, party_id, "party", **values)


def delete_party(case: CaseFile, party_id: int) -> Removed:
    """Remove a party; references to it (participants, contributions) are cleared, :func:`restore_party` puts all back."""
    return remove_rows(case, Party, [party_id], "party")


def restore_party(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)


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


def delete_participant(case: CaseFile, participant_id: int) -> Removed:
    return remove_rows(case, Participant, [participant_id], "participant")


def restore_participant(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)


def contribution_counts(case: CaseFile) -> dict[int, int]:
    """Contributions per party id: the basis of the rule-5 balance."""
    with case.read() as s:
        rows = s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id)))
        return {pid: n for pid, n in rows if pid is not None}
