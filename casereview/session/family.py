"""The family (or the young person) as a party: how involved they are, their contact, their own questions."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError, tables
from casereview.model.tables import Participant, Party, TimelineEvent
from casereview.vocabulary import PartyCategory
from casereview.vocabulary.after_meeting import Involvement
from casereview.vocabulary.error_catalog import Message

MAX_TEXT = 5_000


def involvement_of(party: Party) -> list[str]:
    return [key for key in (party.involvement or "").split(",") if key]


def set_involvement(case: CaseFile, party_id: int, levels: list[str], contact_person: str | None = None) -> None:
    """Record how the family took part (informed, interviewed, present, reads the draft) and their contact."""
    unknown = [lvl for lvl in levels if lvl not in Involvement.__members__.values()]
    if unknown:
        raise CaseFileError(code="rules.unknown_involvement", items=', '.join(unknown))
    with case.write("party", "edit", f"#{party_id} betrokkenheid") as s:
        party = s.get(Party, party_id)
        if party is None:
            raise CaseFileError(code="party.gone")
        ordered = [key for key in Involvement.__members__.values() if key in levels]
        party.involvement = ",".join(ordered)
        if contact_person is not None:
            party.contact_person = contact_person.strip()
        s.add(party)


def family_parties(case: CaseFile) -> list[Party]:
    with case.read() as s:
        return list(s.exec(select(Party).where(Party.category == PartyCategory.CLIENT).order_by(Party.name)))


def list_family_questions(case: CaseFile) -> list[tables.FamilyQuestion]:
    with case.read() as s:
        return list(s.exec(select(tables.FamilyQuestion).order_by(col(tables.FamilyQuestion.position), col(tables.FamilyQuestion.id))))


def add_family_question(case: CaseFile, text: str) -> tables.FamilyQuestion:
    clean = text.strip()
    if not clean:
        raise CaseFileError(code="question.nothing_to_save")
    if len(clean) > MAX_TEXT:
        raise CaseFileError(code="question.too_long", max_text=MAX_TEXT)
    with case.write("family_question", "add") as s:
        position = int(s.exec(select(func.count()).select_from(tables.FamilyQuestion)).one())
        question = tables.FamilyQuestion(text=clean, position=position)
        s.add(question)
    return question


def answer_family_question(case: CaseFile, question_id: int, answer: str) -> None:
    """Store the explicit answer; an empty answer leaves the question flagged as unanswered."""
    if len(answer) > MAX_TEXT:
        raise CaseFileError(code="question.answer_too_long", max_text=MAX_TEXT)
    with case.write("family_question", "edit", f"#{question_id}") as s:
        row = s.get(tables.FamilyQuestion, question_id)
        if row is None:
            raise CaseFileError(code="question.gone")
        row.answer = answer.strip()
        s.add(row)


def unanswered(case: CaseFile) -> list[tables.FamilyQuestion]:
    return [q for q in list_family_questions(case) if not q.answer.strip()]


def mark_event_from_family(case: CaseFile, event_id: int, from_family: bool = True) -> None:
    with case.write("event", "edit", f"#{event_id} familie") as s:
        event = s.get(TimelineEvent, event_id)
        if event is None:
            raise CaseFileError(code="event.gone")
        event.from_family = from_family
        s.add(event)


def client_voice_warning(s: Session) -> tuple[Message, ...]:
    """Rule 5 asks for clients and citizens among the parties; a warning when none takes part."""
    parties = {p.id: p for p in s.exec(select(Party))}
    present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
    taking_part = [parties[pid] for pid in present if pid in parties] if present else list(parties.values())
    if any(p.category == PartyCategory.CLIENT for p in taking_part):
        return ()
    return (Message("rules.parties.no_client"),)
