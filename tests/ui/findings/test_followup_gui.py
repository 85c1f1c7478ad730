"""Follow-up mode with real clicks and keys: overdue first, status and progress stored at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement, list_agreements, list_progress_notes, set_status
from casereview.session.parties import add_party
from casereview.ui.findings.agreement_dialog import AgreementDialog
from casereview.ui.findings.followup_view import FollowUpView
from casereview.vocabulary import AgreementStatus

TODAY = date.today()


def _case_with_agreements(path: Path) -> None:
    with create_case(path, "Review gezin K.") as case:
        team = add_party(case, "Wijkteam Noord")
        done = add_agreement(case, action="Werkinstructie overdracht aangepast", due_date=TODAY - timedelta(days=40))
        set_status(case, done.id, AgreementStatus.DONE)
        add_agreement(case, action="Vast aanspreekpunt voor scholen", owner_party_id=team.id,
                      owner_person="Peter", due_date=TODAY + timedelta(days=30))
        add_agreement(case, action="Triagelijst vraagt naar huisgenoten", owner_party_id=team.id,
                      owner_person="Mark", due_date=TODAY - timedelta(days=10))


def _choose(qtbot: QtBot, combo: QComboBox, label: str) -> None:
    """Move a closed combo box with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_overdue_is_visible_on_opening_and_leads_to_follow_up(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "opvolging.casereview"
    _case_with_agreements(path)
    window = open_window(path)

    banner = window.findChild(QPushButton, "overdueBanner")
    assert banner.isVisible()
    assert banner.text().startswith("1 afspraak is over datum")
    view = window.findChild(FollowUpView, "followUpView")
    tabs = window.findChild(QTabWidget, "caseTabs")
    assert tabs.currentWidget() is not view

    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton)
    assert tabs.currentWidget() is view
    model = view.table.model()
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "open\nover datum"
    assert first[1].startswith("Triagelijst vraagt naar huisgenoten")
    assert "Mark" in first[1]
    assert model.index(model.rowCount() - 1, 1).data().startswith("Werkinstructie overdracht")
    assert view.current_id() == list_agreements(window.context.case)[2].id
    assert "1 over datum" in window.findChild(QLabel, "followUpSummary").text()
    assert "Over datum" in window.findChild(QLabel, "followUpDetails").text()


def test_status_progress_and_meeting_date_are_stored_at_once(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "opvolging.casereview"
    _case_with_agreements(path)
    window = open_window(path)
    tabs = window.findChild(QTabWidget, "caseTabs")
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.findChild(FollowUpView, "followUpView")
    assert tabs.currentWidget() is view
    assert window.followup_action.shortcut() == QKeySequence("Ctrl+Shift+O")

    overdue_id = view.current_id()
    note_edit = view.findChild(QLineEdit, "progressNoteEdit")
    notes = view.findChild(QListWidget, "progressNoteList")

    # a dated progress note, stored with Enter
    qtbot.keyClicks(note_edit, "Vraag staat in het concept van de triagelijst.")
    qtbot.keyClick(note_edit, Qt.Key.Key_Return)
    assert note_edit.text() == ""
    assert notes.item(0).text().endswith("— Vraag staat in het concept van de triagelijst.")
    window.context.undo_stack.undo()
    assert notes.item(0).text() == "Nog geen voortgang genoteerd."
    window.context.undo_stack.redo()
    assert notes.item(0).text().endswith("— Vraag staat in het concept van de triagelijst.")

    # "in uitvoering" is stored at once; still overdue, so still on top
    qtbot.mouseClick(view.findChild(QPushButton, "status_in_progress"), Qt.MouseButton.LeftButton)
    assert view.current_id() == overdue_id
    assert view.table.model().index(0, 0).data() == "in uitvoering\nover datum"

    # "niet uitgevoerd" waits for the reason; nothing is refused or half-stored
    qtbot.mouseClick(view.findChild(QPushButton, "status_not_done"), Qt.MouseButton.LeftButton)
    hint = view.findChild(QLabel, "statusHint")
    assert hint.isVisible()
    reason = view.findChild(QLineEdit, "statusReasonEdit")
    assert reason.isEnabled()
    with open_case(path, read_only=True) as check:
        assert {a.id: a.status for a in list_agreements(check)}[overdue_id] == AgreementStatus.IN_PROGRESS
    qtbot.keyClicks(reason, "Leverancier past het systeem pas volgend jaar aan")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert not hint.isVisible()

    # no longer open, so no longer overdue: the banner goes and the row sinks
    banner = window.findChild(QPushButton, "overdueBanner")
    assert not banner.isVisible()
    assert view.current_id() == overdue_id
    assert view.table.currentIndex().row() == 2
    assert view.table.model().index(0, 1).data().startswith("Vast aanspreekpunt")

    # the planned follow-up meeting
    planned = view.findChild(QCheckBox, "followUpDateCheck")
    qtbot.mouseClick(planned, Qt.MouseButton.LeftButton)
    assert planned.isChecked()

    # undo takes the meeting date back, then the last status
    window.context.undo_stack.undo()
    assert window.context.case.case().followup_date is None
    window.context.undo_stack.undo()
    assert view.table.model().index(0, 0).data() == "in uitvoering\nover datum"
    assert banner.isVisible()
    window.context.undo_stack.redo()
    assert not banner.isVisible()
    window.context.undo_stack.redo()
    assert window.context.case.case().followup_date is not None

    meeting = view.meeting_edit.date()
    window.close_case()
    with open_case(path) as reopened:
        stored = {a.id: a for a in list_agreements(reopened)}[overdue_id]
        assert stored.status == AgreementStatus.NOT_DONE
        assert stored.status_reason == "Leverancier past het systeem pas volgend jaar aan"
        notes_stored = list_progress_notes(reopened, overdue_id)
        assert [(n.noted_on, n.text) for n in notes_stored] == [
            (TODAY, "Vraag staat in het concept van de triagelijst.")]
        assert reopened.case().followup_date == date(meeting.year(), meeting.month(), meeting.day())


def test_agreement_dialog_edits_fields_and_stays_open_on_refusal(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "opvolging.casereview"
    _case_with_agreements(path)
    window = open_window(path)
    window.show_follow_up()
    view = window.findChild(FollowUpView, "followUpView")
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AgreementDialog, "agreementDialog")
    assert dialog is not None and dialog.isVisible()

    person = dialog.findChild(QLineEdit, "agreementPersonEdit")
    person.selectAll()
    qtbot.keyClicks(person, "Mark Visser")
    _choose(qtbot, dialog.findChild(QComboBox, "agreementKindCombo"), "geen maatregel nodig")
    qtbot.keyClick(person, Qt.Key.Key_Return)  # Enter = Opslaan, refused: no reason given
    error = dialog.findChild(QLabel, "agreementDialogError")
    assert dialog.isVisible()
    assert "geen maatregel" in error.text()

    _choose(qtbot, dialog.findChild(QComboBox, "agreementKindCombo"), "verbetering bestaande werkwijze")
    qtbot.keyClick(person, Qt.Key.Key_Return)  # refused: a measure needs its check here too
    assert dialog.isVisible() and "toetsing" in error.text()
    check = dialog.findChild(QLineEdit, "agreementCheckEdit")
    qtbot.keyClicks(check, "Elke school weet wie het aanspreekpunt is")
    qtbot.keyClick(person, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Mark Visser" in view.table.model().index(0, 1).data()
    window.context.undo_stack.undo()
    assert "Mark Visser" not in view.table.model().index(0, 1).data()
    window.context.undo_stack.redo()
    window.close_case()
    with open_case(path) as reopened:
        assert "Mark Visser" in [a.owner_person for a in list_agreements(reopened)]
