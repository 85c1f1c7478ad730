"""Verbeterafspraken and their follow-up (borging)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlmodel import col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import Removed, put_back, remove_rows
from casereview.model import CaseFileError, tables
from casereview.model.tables import Agreement
from casereview.vocabulary import AgreementKind, AgreementLevel, AgreementStatus

KIND_NOT_CHOSEN = ""  # stored when nobody chose a kind yet: the closing check asks for it, the counts skip it


def add_agreement(case: CaseFile, *, action: str, owner_party_id: int | None = None, owner_person: str = "",
                  due_date: date | None = None, success_check: str = "",
                  kind: str = KIND_NOT_CHOSEN, kind_reason: str = "",
                  conclusion_id: int | None = None, level: str | None = None,
                  programme: str = "") -> Agreement:
    """Add an agreement; ``kind`` has no default choice, so the rule-reflex note counts only real choices."""
    clean = _checked_action(action, kind, kind_reason)
    _check_level(level)
    with case.write("agreement", "add", clean[:60]) as s:
        position = s.exec(select(func.count()).select_from(Agreement)).one()
        item = Agreement(action=clean, owner_party_id=owner_party_id, owner_person=owner_person.strip(),
                         due_date=due_date, success_check=success_check.strip(), kind=kind,
                         kind_reason=kind_reason.strip(), conclusion_id=conclusion_id, position=position,
                         level=level or None, programme=programme.strip() or None)
        s.add(item)
    return item


def _check_level(level: str | None) -> None:
    if level and level not in AgreementLevel.__members__.values():
        raise CaseFileError(code="agreement.unknown_level", level=level)


def _checked_action(action: str, kind: str, kind_reason: str) -> str:
    clean = action.strip()
    if not clean:
        raise CaseFileError(code="agreement.no_action")
    if kind != KIND_NOT_CHOSEN and kind not in AgreementKind.__members__.values():
        raise CaseFileError(code="agreement.unknown_kind", kind=kind)
    if kind == AgreementKind.NO_MEASURE and not kind_reason.strip():
        raise CaseFileError(code="agreement.no_measure_reason")
    return clean


EDITABLE_FIELDS = ("action", "owner_party_id", "owner_person", "due_date", "success_check", "kind", "kind_reason",
                   "conclusion_id", "level", "programme")


def get_agreement(case: CaseFile, agreement_id: int) -> Agreement:
    with case.read() as s:
        item = s.get(Agreement, agreement_id)
    if item is None:
        raise CaseFileError(code="agreement.gone")
    return item


def update_agreement(case: CaseFile, agreement_id: int, **values: Any) -> dict[str, Any]:
    """Edit the agreement itself (not its status); returns the previous values for undo."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise CaseFileError(code="agreement.unknown_field", items=', '.join(sorted(unknown)))
    with case.write("agreement", "edit", f"#{agreement_id}: {', '.join(values)}") as s:
        item = s.get(Agreement, agreement_id)
        if item is None:
            raise CaseFileError(code="agreement.gone")
        merged = {key: values.get(key, getattr(item, key)) for key in EDITABLE_FIELDS}
        merged["action"] = _checked_action(merged["action"], merged["kind"], merged["kind_reason"] or "")
        _check_level(merged["level"])
        for key in ("owner_person", "success_check", "kind_reason"):
            merged[key] = (merged[key] or "").strip()
        merged["level"] = merged["level"] or None
        merged["programme"] = (merged["programme"] or "").strip() or None
        before = {key: getattr(item, key) for key in values}
        for key in values:
            setattr(item, key, merged[key])
        s.add(item)
    return before


def delete_agreement(case: CaseFile, agreement_id: int) -> Removed:
    """Delete an agreement with its progress notes and themes; :func:`restore_agreement` restores it whole."""
    return remove_rows(case, Agreement, [agreement_id], "agreement")


def restore_agreement(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)


def list_agreements(case: CaseFile) -> list[Agreement]:
    with case.read() as s:
        return list(s.exec(select(Agreement).order_by(col(Agreement.position), col(Agreement.id))))


def set_status(case: CaseFile, agreement_id: int, status: str, reason: str = "") -> tuple[str, str]:
    """Record the follow-up status; returns the previous (status, reason) so it can be undone."""
    if status not in AgreementStatus.__members__.values():
        raise CaseFileError(code="agreement.unknown_status", status=status)
    if status == AgreementStatus.NOT_DONE and not reason.strip():
        raise CaseFileError(code="agreement.not_done_reason")
    with case.write("agreement", "status", f"#{agreement_id} {status}") as s:
        item = s.get(Agreement, agreement_id)
        if item is None:
            raise CaseFileError(code="agreement.gone")
        before = (item.status, item.status_reason)
        item.status = status
        item.status_reason = reason.strip()
        s.add(item)
    return before


def add_progress_note(case: CaseFile, agreement_id: int, text: str, on: date | None = None) -> tables.ProgressNote:
    if not text.strip():
        raise CaseFileError(code="agreement.empty_note")
    with case.write("agreement", "progress", f"#{agreement_id}") as s:
        if s.get(Agreement, agreement_id) is None:
            raise CaseFileError(code="agreement.gone")
        note = tables.ProgressNote(agreement_id=agreement_id, text=text.strip(), noted_on=on or date.today())
        s.add(note)
    return note


def list_progress_notes(case: CaseFile, agreement_id: int) -> list[tables.ProgressNote]:
    with case.read() as s:
        return list(s.exec(select(tables.ProgressNote).where(tables.ProgressNote.agreement_id == agreement_id)
                           .order_by(col(tables.ProgressNote.noted_on), col(tables.ProgressNote.id))))


def remove_progress_note(case: CaseFile, note_id: int) -> Removed:
    return remove_rows(case, tables.ProgressNote, [note_id], "agreement")


def restore_progress_note(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)


def is_overdue(item: Agreement, today: date | None = None) -> bool:
    today = today or date.today()
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    return item.due_date is not None and item.due_date < today and item.status in open_states


def overdue_agreements(case: CaseFile, today: date | None = None) -> list[Agreement]:
    return [a for a in list_agreements(case) if is_overdue(a, today)]


def followup_order(agreements: list[Agreement], today: date | None = None) -> list[Agreement]:
    """What a follow-up meeting looks at first: overdue, then the other open ones by due date, then the rest."""
    today = today or date.today()
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)

    def key(item: Agreement) -> tuple[int, date, int]:
        group = 0 if is_overdue(item, today) else 1 if item.status in open_states else 2
        return (group, item.due_date or date.max, item.position)

    return sorted(agreements, key=key)


RULE_REFLEX_NOTE = ("Er staan meer nieuwe maatregelen ({0}) dan verbeteringen van bestaande werkwijzen "
                    "({1}). Kan een bestaande werkwijze het ook oplossen?")


def rule_reflex_counts(agreements: list[Agreement]) -> tuple[int, int] | None:
    """(new measures, improvements) when new measures outnumber improvements of existing practice (rule 4).

    The counts, not a sentence, so each front end words the gentle note in its own language.
    """
    kinds = Counter(a.kind for a in agreements)
    new, improve = kinds[AgreementKind.NEW_MEASURE], kinds[AgreementKind.IMPROVE_EXISTING]
    return (new, improve) if new > improve else None


def rule_reflex_warning(agreements: list[Agreement]) -> str:
    """The Dutch note for documents and the command line; empty when there is nothing to say."""
    counts = rule_reflex_counts(agreements)
    return RULE_REFLEX_NOTE.format(*counts) if counts else ""


def agreement_theme_ids(case: CaseFile, agreement_id: int) -> list[int]:
    with case.read() as s:
        return sorted(link.theme_id for link in s.exec(
            select(tables.AgreementThemeLink).where(tables.AgreementThemeLink.agreement_id == agreement_id)))


def set_agreement_themes(case: CaseFile, agreement_id: int, theme_ids: list[int]) -> list[int]:
    """Tag an agreement with exactly these themes (the overview counts them); returns the previous ones for undo."""
    before = agreement_theme_ids(case, agreement_id)
    wanted = sorted(set(theme_ids))
    if wanted == before:
        return before
    with case.write("agreement", "themes", f"#{agreement_id}") as s:
        if s.get(Agreement, agreement_id) is None:
            raise CaseFileError(code="agreement.gone")
        for link in s.exec(select(tables.AgreementThemeLink).where(tables.AgreementThemeLink.agreement_id == agreement_id)):
            s.delete(link)
        s.flush()
        for theme_id in wanted:
            s.add(tables.AgreementThemeLink(agreement_id=agreement_id, theme_id=theme_id))
    return before
