"""Verbeterafspraken and their follow-up (borging)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlmodel import func, select

from casereview.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Agreement, ProgressNote
from casereview.vocabulary import AgreementKind, AgreementStatus


def add_agreement(case: CaseFile, *, action: str, owner_party_id: int | None = None, owner_person: str = "",
                  due_date: date | None = None, success_check: str = "",
                  kind: str = AgreementKind.IMPROVE_EXISTING, kind_reason: str = "",
                  conclusion_id: int | None = None) -> Agreement:
    clean = action.strip()
    if not clean:
        raise CaseFileError("Schrijf op wat er gedaan wordt.")
    if kind not in AgreementKind.__members__.values():
        raise CaseFileError(f"Onbekende soort afspraak '{kind}'.")
    if kind == AgreementKind.NO_MEASURE and not kind_reason.strip():
        raise CaseFileError("Leg uit waarom geen maatregel nodig is.")
    with case.write("agreement", "add", clean[:60]) as s:
        position = s.exec(select(func.count()).select_from(Agreement)).one()
        item = Agreement(action=clean, owner_party_id=owner_party_id, owner_person=owner_person.strip(),
                         due_date=due_date, success_check=success_check.strip(), kind=kind,
                         kind_reason=kind_reason.strip(), conclusion_id=conclusion_id, position=position)
        s.add(item)
    return item


def list_agreements(case: CaseFile) -> list[Agreement]:
    with case.read() as s:
        return list(s.exec(select(Agreement).order_by(Agreement.position, Agreement.id)))


def set_status(case: CaseFile, agreement_id: int, status: str, reason: str = "") -> None:
    if status not in AgreementStatus.__members__.values():
        raise CaseFileError(f"Onbekende status '{status}'.")
    if status == AgreementStatus.NOT_DONE and not reason.strip():
        raise CaseFileError("Geef aan waarom de afspraak niet is uitgevoerd.")
    with case.write("agreement", "status", f"#{agreement_id} {status}") as s:
        item = s.get(Agreement, agreement_id)
        if item is None:
            raise CaseFileError("Deze afspraak bestaat niet meer.")
        item.status = status
        item.status_reason = reason.strip()
        s.add(item)


def add_progress_note(case: CaseFile, agreement_id: int, text: str, on: date | None = None) -> ProgressNote:
    if not text.strip():
        raise CaseFileError("De voortgangsnotitie is leeg.")
    with case.write("agreement", "progress", f"#{agreement_id}") as s:
        note = ProgressNote(agreement_id=agreement_id, text=text.strip(), noted_on=on or date.today())
        s.add(note)
    return note


def list_progress_notes(case: CaseFile, agreement_id: int) -> list[ProgressNote]:
    with case.read() as s:
        return list(s.exec(select(ProgressNote).where(ProgressNote.agreement_id == agreement_id)
                           .order_by(ProgressNote.noted_on, ProgressNote.id)))


def is_overdue(item: Agreement, today: date | None = None) -> bool:
    today = today or date.today()
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    return item.due_date is not None and item.due_date < today and item.status in open_states


def overdue_agreements(case: CaseFile, today: date | None = None) -> list[Agreement]:
    return [a for a in list_agreements(case) if is_overdue(a, today)]


def rule_reflex_warning(agreements: list[Agreement]) -> str:
    """A gentle note when new measures outnumber improvements of existing practice (rule 4)."""
    kinds = Counter(a.kind for a in agreements)
    new, improve = kinds[AgreementKind.NEW_MEASURE], kinds[AgreementKind.IMPROVE_EXISTING]
    if new > improve:
        return (f"Er staan meer nieuwe maatregelen ({new}) dan verbeteringen van bestaande werkwijzen "
                f"({improve}). Kan een bestaande werkwijze het ook oplossen?")
    return ""
