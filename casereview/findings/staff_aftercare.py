"""Zorg voor personeel: per party, what the incident did to its professionals and what aftercare they get.

The sources count the impact on professionals among what a review must look after.
It is sensitive, so it stays inside the review: a document for outside recipients
carries a party's record only when the chair has ticked that it may be shared.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import Party, StaffAftercare


@dataclass(frozen=True)
class AftercareRow:
    party_id: int
    party: str
    impact: str
    aftercare: str
    share: bool


def list_aftercare(case: CaseFile, *, shared_only: bool = False) -> list[AftercareRow]:
    """The records in party-name order; ``shared_only`` for documents that leave the review."""
    with case.read() as s:
        rows = s.exec(select(StaffAftercare, Party).join(Party, col(Party.id) == col(StaffAftercare.party_id))).all()
        out = [AftercareRow(record.party_id, party.name, record.impact, record.aftercare, record.share)
               for record, party in rows if not shared_only or record.share]
    return sorted(out, key=lambda r: r.party.casefold())


def set_aftercare(case: CaseFile, party_id: int, *, impact: str, aftercare: str, share: bool = False) -> None:
    """Write one party's record (a record with both texts empty is removed)."""
    impact, aftercare = impact.strip(), aftercare.strip()
    with case.write("aftercare", "edit", f"partij #{party_id}") as s:
        if s.get(Party, party_id) is None:
            raise CaseFileError(code="party.gone")
        record = s.get(StaffAftercare, party_id)
        if not impact and not aftercare:
            if record is not None:
                s.delete(record)
            return
        record = record or StaffAftercare(party_id=party_id)
        record.impact, record.aftercare, record.share = impact, aftercare, share
        s.add(record)


def aftercare_state(case: CaseFile) -> TableState:
    """Every record now, for undo."""
    return capture(case, "aftercare", StaffAftercare)
