"""Issue 26 §1 and §2 in a real window: a refused close changes nothing and takes the chair to the
field that fixes it, a closed session ends on its summary, and the record holds only what the chair chose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from session_fixtures import populate

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement, list_agreements
from casereview.findings.conclusions import add_conclusion, list_conclusions
from casereview.findings.followup_agenda import set_terugkommoment
from casereview.session.contributions import list_contributions
from casereview.session.parties import list_participants, list_parties
from casereview.session.procedure import activate_step, list_steps, update_case_details
from casereview.session.rules_check import evaluate_rules, waive_rule
from casereview.ui.findings.agreement_dialog import AgreementDialog
from casereview.ui.session.close_confirmation import CloseConfirmDialog
from casereview.ui.session.close_refusal import CloseRefusalDialog
from casereview.ui.session.new_party_dialog import NewPartyDialog
from casereview.ui.session.party_editor import PartyEditor
from casereview.ui.session.session_summary import SessionSummaryDialog
from casereview.vocabulary import AgreementKind, PartyCategory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _find(parent, cls, name):  # type: ignore[no-untyped-def]
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def _answer(action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(dialog)`` on the modal dialog as soon as it is shown (it blocks the test until answered)."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NewPartyDialog):
            action(dialog)
        else:
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def _ready_but_for_followup(path: Path) -> None:
    """Every rule settled except rule 7's vervolgbijeenkomst; the session runs in its last phase."""
    from casereview.findings.conclusions import list_themes, update_conclusion

    with create_case(path, "Review gezin K.") as case:
        ids = populate(case)
        for rule in range(1, 7):
            waive_rule(case, rule, "niet in deze test")
        conclusion = add_conclusion(case, "Signalen kwamen niet samen")
        update_conclusion(case, conclusion.id, text=conclusion.text, theme_ids=[list_themes(case)[0].id])
        add_agreement(case, action="Wijkteam belt de school bij verzuim", owner_party_id=ids["Wijkteam Noord"],
                      due_date=date(2027, 3, 1), kind=AgreementKind.IMPROVE_EXISTING,
                      success_check="Geen verzuim zonder melding in een kwartaal")
        activate_step(case, list_steps(case)[-1].id or 0)


def test_refused_close_keeps_the_clock_and_goes_to_the_vervolgbijeenkomst(open_window, qtbot: QtBot,
                                                                          tmp_path: Path) -> None:
    path = tmp_path / "sluiten.casereview"
    _ready_but_for_followup(path)
    window = open_window(path)
    timer = window.case_view.phase_panel.timer
    pause = _find(window, QPushButton, "pauseTimerButton")
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)  # the reopened case starts paused: continue
    assert timer.running and pause.text() == "Pauze"

    # Planning only the terugkommoment does not satisfy the check, and the refusal says so plainly.
    set_terugkommoment(window.context.case, date(2027, 11, 1))
    window.close_session_action.trigger()
    refusal = _find(window, CloseRefusalDialog, "closeRefusalDialog")
    assert "vervolgbijeenkomst" in refusal.message.text() and "terugkommoment" not in refusal.message.text()
    assert timer.running and not pause.isChecked() and pause.text() == "Pauze"  # a refusal changes nothing
    assert window.context.case.case().session_closed_at is None

    qtbot.mouseClick(_find(refusal, QPushButton, "closeRefusalGoButton"), Qt.MouseButton.LeftButton)
    tabs = _find(window, QTabWidget, "caseTabs")
    assert tabs.currentWidget() is window.case_view.follow_up
    check = _find(window, QCheckBox, "followUpDateCheck")
    assert check.hasFocus()
    assert window.case_view.phase_panel.isVisible()  # the header and clock stay in view on Opvolging
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert window.context.case.case().followup_date is not None

    window.close_session_action.trigger()
    assert window.context.case.case().session_closed_at is not None
    summary = _find(window, SessionSummaryDialog, "sessionSummaryDialog")
    text = summary.plain_text()
    assert "Signalen kwamen niet samen" in text
    assert "Wijkteam Noord" in text and "Wijkteam belt de school bij verzuim" in text and "01-03-2027" in text
    assert "Terugkommoment" in text and "01-11-2027" in text
    summary.close()
    window.close_case()

    # Reopened: closed, without "begin with the first phase" or "not started".
    second = open_window(path)
    panel = second.case_view.phase_panel
    shown = " ".join((panel.title_label.text(), panel.prompt_label.text(), panel.timer.phase_label.text()))
    assert "afgesloten" in shown.lower()
    assert "Begin met de eerste fase" not in shown and "Nog niet begonnen" not in shown
    assert second.summary_action.isEnabled() and not second.close_session_action.isEnabled()


def test_closing_before_the_last_phase_asks_first_and_going_on_changes_nothing(open_window, qtbot: QtBot,
                                                                               tmp_path: Path) -> None:
    """One click in the Sessie menu in phase 5 of 7 used to end the session: now the chair is asked,
    told which phases were not reached, and "Doorgaan met de sessie" (the default) leaves all as it was."""
    path = tmp_path / "vroeg.casereview"
    _ready_but_for_followup(path)
    with open_case(path) as case:
        update_case_details(case, followup_date=date(2027, 6, 1))
        steps = list_steps(case)
        activate_step(case, steps[4].id or 0)  # back from the last phase: phase 6 was done, 7 never finished
        unreached = [steps[-1].title]
    window = open_window(path)
    timer = window.case_view.phase_panel.timer
    qtbot.mouseClick(_find(window, QPushButton, "pauseTimerButton"), Qt.MouseButton.LeftButton)
    assert timer.running

    window.close_session_action.trigger()
    confirm = _find(window, CloseConfirmDialog, "closeSessionConfirmDialog")
    qtbot.waitUntil(confirm.isVisible)
    text = confirm.message.text()
    assert text.startswith("1 fase is nog niet aan bod geweest:") and "Analyse" not in text
    assert all(f"• {title}" in text for title in unreached)
    back = _find(confirm, QPushButton, "closeSessionConfirmBackButton")
    assert back.isDefault()
    qtbot.keyClick(confirm, Qt.Key.Key_Return)  # the default: go on with the session
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert window.context.case.case().session_closed_at is None
    assert timer.running and window.context.current_phase_id == steps[4].id

    window.close_session_action.trigger()
    confirm = _find(window, CloseConfirmDialog, "closeSessionConfirmDialog")
    qtbot.mouseClick(_find(confirm, QPushButton, "closeSessionConfirmCloseButton"), Qt.MouseButton.LeftButton)
    assert window.context.case.case().session_closed_at is not None
    assert not timer.running
    _find(window, SessionSummaryDialog, "sessionSummaryDialog").close()


def test_terugkommoment_is_one_thing_in_the_checks(tmp_path: Path) -> None:
    """The terugkommoment (a second learning moment about a year later) is a note, never the follow-up date."""
    path = tmp_path / "woorden.casereview"
    _ready_but_for_followup(path)
    with open_case(path) as case:
        update_case_details(case, followup_date=date(2027, 6, 1))
        rule7 = evaluate_rules(case)[6]
        assert rule7.met and "Vervolgbijeenkomst gepland" in rule7.evidence
        assert "terugkommoment" in rule7.warning and "jaar" in rule7.warning
        set_terugkommoment(case, date(2027, 11, 1))
        assert evaluate_rules(case)[6].warning == ""


def test_new_party_needs_confirmation_with_nearest_names_and_undo_removes_it(open_window, qtbot: QtBot,
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "partij.casereview"
    with create_case(path, "Review gezin W.") as case:
        populate(case)
    window = open_window(path, tab="sessionTab")
    picker = _find(window, QComboBox, "partyPicker")
    capture = _find(window, QLineEdit, "captureEdit")
    picker.lineEdit().setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "Wijkteem")
    capture.setFocus()
    qtbot.keyClicks(capture, "De school belde twee keer")
    offered: list[str] = []

    def pick_nearest(dialog: NewPartyDialog) -> None:
        offered.extend(b.text() for b in dialog.near_buttons)
        dialog.near_buttons[0].click()
    _answer(pick_nearest)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert offered[0] == "Wijkteam Noord"
    case = window.context.case
    assert [p.name for p in list_parties(case)] == ["Basisschool De Linde", "Jeugdzorg Regio", "Wijkteam Noord"]
    assert list_contributions(case)[-1].party_id == next(p.id for p in list_parties(case) if p.name == "Wijkteam Noord")

    # A really new party: confirmed, then undone, and gone from the chart and the owner list.
    picker.lineEdit().setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "Veilig Thuis")
    capture.setFocus()
    qtbot.keyClicks(capture, "Wij kregen de melding pas na twee weken")

    _answer(lambda dialog: dialog.new_button.click())
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert "Veilig Thuis" in [p.name for p in list_parties(case)]
    owners = _find(window, QComboBox, "agreementPartyCombo")
    assert owners.findText("Veilig Thuis") >= 0
    window.context.undo_stack.undo()
    assert "Veilig Thuis" not in [p.name for p in list_parties(case)]
    assert owners.findText("Veilig Thuis") < 0
    chart = window.case_view.balance
    chart.reload()
    assert "Veilig Thuis" not in chart.counts()
    window.context.undo_stack.redo()
    assert "Veilig Thuis" in [p.name for p in list_parties(case)]
    assert list_contributions(case)[-1].text == "Wij kregen de melding pas na twee weken"

    # Cancelling keeps the typed text and adds nothing.
    picker.lineEdit().setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "Politie")
    capture.setFocus()
    qtbot.keyClicks(capture, "Nog een zin")

    _answer(lambda dialog: _find(dialog, QPushButton, "cancelNewPartyButton").click())
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert capture.text() == "Nog een zin"
    assert "Politie" not in [p.name for p in list_parties(case)]
    capture.clear()
    window.close_case()


def test_party_numbers_are_shown_and_the_same_in_picker_and_chart(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "nummers.casereview"
    with create_case(path, "Review gezin N.") as case:
        populate(case)
    window = open_window(path, tab="sessionTab")
    picker = _find(window, QComboBox, "partyPicker")
    capture = _find(window, QLineEdit, "captureEdit")
    capture.setFocus()
    qtbot.keyClick(capture, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert picker.currentText() == "Wijkteam Noord"
    assert _find(window, QLabel, "capturePartyKey").text() == "Ctrl+3"
    chart = window.case_view.balance
    assert [(b.number, b.name) for b in chart.bars][2] == (3, "Wijkteam Noord")
    assert chart.label(chart.bars[2]) == "3  Wijkteam Noord"  # the chart shows the key's number too
    view = picker.view()
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, picker.model().index(2, 0))
    assert option.text == "3  Wijkteam Noord"  # the popup shows the number the key picks
    assert [picker.itemText(i) for i in range(picker.count())] == [b.name for b in chart.bars]
    window.close_case()


def test_conclusion_links_the_selected_event_only_when_ticked(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "koppel.casereview"
    with create_case(path, "Review gezin L.") as case:
        populate(case)
    window = open_window(path, tab="closingTab")
    context = window.context
    first_event = window.case_view.timeline.model.numbers()
    event_id = next(iter(first_event))
    context.select_event(event_id)
    edit = _find(window, QLineEdit, "conclusionEdit")
    link = _find(window, QCheckBox, "conclusionLinkEventCheck")
    assert link.isEnabled() and not link.isChecked() and "gebeurtenis" in link.text()
    qtbot.keyClicks(edit, "Zonder koppeling")
    qtbot.mouseClick(_find(window, QPushButton, "addConclusionButton"), Qt.MouseButton.LeftButton)
    link.setChecked(True)
    qtbot.keyClicks(edit, "Met koppeling")
    qtbot.mouseClick(_find(window, QPushButton, "addConclusionButton"), Qt.MouseButton.LeftButton)
    views = {v.conclusion.text: v.event_ids for v in list_conclusions(context.case)}
    assert views == {"Zonder koppeling": [], "Met koppeling": [event_id]}
    assert not link.isChecked()  # the next conclusion starts unlinked again
    window.close_case()


def test_agreement_needs_owner_and_check_everywhere_and_hints_do_not_move_buttons(open_window, qtbot: QtBot,
                                                                                  tmp_path: Path) -> None:
    path = tmp_path / "afspraak.casereview"
    with create_case(path, "Review gezin A.") as case:
        ids = populate(case)
        add_agreement(case, action="Bestaande afspraak", owner_party_id=ids["Wijkteam Noord"],
                      due_date=date(2027, 1, 1), kind=AgreementKind.NEW_MEASURE, success_check="Steekproef")
    window = open_window(path, tab="closingTab")
    action = _find(window, QLineEdit, "agreementActionEdit")
    kinds = _find(window, QComboBox, "agreementKindCombo")
    button = _find(window, QPushButton, "addAgreementButton")
    before = button.mapTo(window, button.rect().topLeft())
    qtbot.keyClicks(action, "aandacht voor overdracht")  # no verb, vague: hints appear
    assert _find(window, QLabel, "agreementHints").text()
    assert button.mapTo(window, button.rect().topLeft()) == before
    kinds.setCurrentIndex(kinds.findData(AgreementKind.IMPROVE_EXISTING))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(list_agreements(window.context.case)) == 1  # refused: no owner
    assert _find(window, QComboBox, "agreementPartyCombo").hasFocus()
    assert "eigenaar" in window.statusBar().currentMessage().lower()
    qtbot.keyClicks(_find(window, QLineEdit, "agreementPersonEdit"), "teamleider")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(list_agreements(window.context.case)) == 1  # refused: no check
    assert _find(window, QLineEdit, "agreementCheckEdit").hasFocus()
    qtbot.keyClicks(_find(window, QLineEdit, "agreementCheckEdit"), "Tien overdrachten samen gedaan")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(list_agreements(window.context.case)) == 2
    assert button.mapTo(window, button.rect().topLeft()) == before

    # The edit dialog refuses to take the owner away.
    window.case_view.agreements.table.selectRow(0)
    dialog = window.case_view.agreements.edit_selected()
    assert isinstance(dialog, AgreementDialog)
    dialog.form.party_combo.setCurrentIndex(0)
    dialog.accept()
    assert dialog.isVisible() and "eigenaar" in dialog.error.text().lower()
    assert list_agreements(window.context.case)[0].owner_party_id == ids["Wijkteam Noord"]
    dialog.reject()
    window.close_case()


def test_party_editor_sets_category_and_participants_from_the_session_tab(open_window, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "editor.casereview"
    with create_case(path, "Review gezin P.") as case:
        populate(case)
    window = open_window(path, tab="sessionTab")
    qtbot.mouseClick(_find(window, QPushButton, "partiesButton"), Qt.MouseButton.LeftButton)
    editor = _find(window, PartyEditor, "partyEditor")
    new = _find(editor, QLineEdit, "partyEditorNewEdit")
    qtbot.keyClicks(new, "Familie")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    editor.set_category(PartyCategory.CLIENT)
    qtbot.keyClicks(_find(editor, QLineEdit, "participantNameEdit"), "moeder")
    qtbot.mouseClick(_find(editor, QPushButton, "addParticipantButton"), Qt.MouseButton.LeftButton)
    case = window.context.case
    family = next(p for p in list_parties(case) if p.name == "Familie")
    assert family.category == PartyCategory.CLIENT
    assert [p.name for p in list_participants(case) if p.party_id == family.id] == ["moeder"]
    assert editor.list.currentItem().text().startswith("2  Familie")  # numbered as in the capture bar
    editor.reject()
    window.close_case()


def test_tab_leaves_incident_and_reaches_every_timeline_view_button(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "tab.casereview"
    create_case(path, "Review gezin T.").close()
    window = open_window(path, tab="openingTab")
    incident = window.case_view.details.incident_edit
    incident.setFocus()
    qtbot.keyClick(incident, Qt.Key.Key_Tab)
    assert "\t" not in incident.toPlainText() and not incident.hasFocus()
    pane = window.case_view.timeline
    for mode in ("table", "chart", "both"):
        button = pane.findChild(QWidget, f"timelineView_{mode}")
        assert button is not None and button.focusPolicy() & Qt.FocusPolicy.TabFocus, mode
    for name in ("timelineKeyFilter", "timelinePartyFilter"):
        combo = _find(window, QComboBox, name)
        assert combo.accessibleName()
        assert any(label.buddy() is combo for label in window.findChildren(QLabel)), name
    window.close_case()
