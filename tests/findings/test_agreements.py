"""Agreements service: edits, status with reason, progress notes, follow-up order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import (
    add_agreement,
    add_progress_note,
    delete_agreement,
    followup_order,
    get_agreement,
    list_agreements,
    list_progress_notes,
    overdue_agreements,
    remove_progress_note,
    restore_agreement,
    rule_reflex_warning,
    set_status,
    update_agreement,
)
from casereview.model import CaseFileError
from casereview.vocabulary import AgreementKind, AgreementStatus

TODAY = date(2026, 11, 23)


def test_update_validates_the_merged_agreement(case: CaseFile) -> None:
    item = add_agreement(case, action="Overdracht samen doen", owner_person="teamleider",
                         kind=AgreementKind.IMPROVE_EXISTING)
    with pytest.raises(CaseFileError, match="geen maatregel"):
        update_agreement(case, item.id, kind=AgreementKind.NO_MEASURE)
    assert get_agreement(case, item.id).kind == AgreementKind.IMPROVE_EXISTING
    with pytest.raises(CaseFileError, match="Onbekend veld"):
        update_agreement(case, item.id, status=AgreementStatus.DONE)
    before = update_agreement(case, item.id, kind=AgreementKind.NO_MEASURE, kind_reason=" Werkt al ",
                              owner_person="coördinator")
    stored = get_agreement(case, item.id)
    assert (stored.kind, stored.kind_reason, stored.owner_person) == (AgreementKind.NO_MEASURE, "Werkt al",
                                                                      "coördinator")
    update_agreement(case, item.id, **before)
    stored = get_agreement(case, item.id)
    assert (stored.kind, stored.kind_reason, stored.owner_person) == (AgreementKind.IMPROVE_EXISTING, "",
                                                                      "teamleider")


def test_status_not_done_needs_reason_and_returns_previous(case: CaseFile) -> None:
    item = add_agreement(case, action="Vast aanspreekpunt")
    with pytest.raises(CaseFileError, match="niet is uitgevoerd"):
        set_status(case, item.id, AgreementStatus.NOT_DONE, "")
    assert get_agreement(case, item.id).status == AgreementStatus.OPEN
    assert set_status(case, item.id, AgreementStatus.IN_PROGRESS) == (AgreementStatus.OPEN, "")
    assert set_status(case, item.id, AgreementStatus.NOT_DONE, "Geen budget") == (AgreementStatus.IN_PROGRESS, "")
    assert set_status(case, item.id, AgreementStatus.DONE) == (AgreementStatus.NOT_DONE, "Geen budget")


def test_progress_notes_are_dated_and_refused_for_missing_agreement(case: CaseFile) -> None:
    item = add_agreement(case, action="Triagelijst aanpassen")
    add_progress_note(case, item.id, "Leverancier gebeld", date(2026, 10, 9))
    note = add_progress_note(case, item.id, "Concept klaar", date(2026, 9, 1))
    assert [(n.noted_on, n.text) for n in list_progress_notes(case, item.id)] == [
        (date(2026, 9, 1), "Concept klaar"), (date(2026, 10, 9), "Leverancier gebeld")]
    remove_progress_note(case, note.id)
    assert len(list_progress_notes(case, item.id)) == 1
    with pytest.raises(CaseFileError):
        add_progress_note(case, 9999, "Bestaat niet")


def test_delete_and_restore_keep_progress_notes(case: CaseFile) -> None:
    item = add_agreement(case, action="Triagelijst aanpassen")
    add_progress_note(case, item.id, "Leverancier gebeld", date(2026, 10, 9))
    snapshot = delete_agreement(case, item.id)
    assert list_agreements(case) == []
    restore_agreement(case, snapshot)
    assert [n.text for n in list_progress_notes(case, item.id)] == ["Leverancier gebeld"]


def test_followup_order_puts_overdue_first_and_finished_last(case: CaseFile) -> None:
    done = add_agreement(case, action="Klaar", due_date=TODAY - timedelta(days=90))
    set_status(case, done.id, AgreementStatus.DONE)
    later = add_agreement(case, action="Later", due_date=TODAY + timedelta(days=60))
    soon = add_agreement(case, action="Binnenkort", due_date=TODAY + timedelta(days=5))
    late = add_agreement(case, action="Te laat", due_date=TODAY - timedelta(days=3))
    undated = add_agreement(case, action="Zonder datum")
    ordered = [a.action for a in followup_order(list_agreements(case), TODAY)]
    assert ordered == ["Te laat", "Binnenkort", "Later", "Zonder datum", "Klaar"]
    assert [a.id for a in overdue_agreements(case, TODAY)] == [late.id]
    assert {soon.id, later.id, undated.id}.isdisjoint(a.id for a in overdue_agreements(case, TODAY))


def test_rule_reflex_note_only_when_new_measures_outnumber_improvements(case: CaseFile) -> None:
    add_agreement(case, action="Nieuw protocol", kind=AgreementKind.NEW_MEASURE)
    add_agreement(case, action="Werkinstructie aanscherpen", kind=AgreementKind.IMPROVE_EXISTING)
    assert rule_reflex_warning(list_agreements(case)) == ""
    add_agreement(case, action="Nog een nieuw formulier", kind=AgreementKind.NEW_MEASURE)
    assert "meer nieuwe maatregelen (2)" in rule_reflex_warning(list_agreements(case))
