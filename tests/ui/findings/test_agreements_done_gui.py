"""Agreements that get done, in the window: closing needs a success check, kind is chosen, hints,
effect checks, carry-forward decisions, the terugkommoment, and reading back an afsprakenlijst."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement, get_agreement, list_agreements
from casereview.findings.effect_checks import list_effect_checks
from casereview.findings.followup_decisions import list_decisions
from casereview.session.parties import add_party
from casereview.session.procedure import update_case_details
from casereview.session.rules_check import waive_rule
from casereview.ui.findings.agreement_dialog import AgreementDialog
from casereview.ui.findings.agreement_sheet_dialog import AgreementSheetDialog
from casereview.ui.findings.followup_view import FollowUpView
from casereview.ui.main_window import MainWindow
from casereview.ui.session.close_confirmation import CloseConfirmDialog
from casereview.ui.session.close_refusal import CloseRefusalDialog
from casereview.ui.session.session_summary import SessionSummaryDialog
from casereview.vocabulary import AgreementKind, AgreementLevel, AgreementStatus

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TODAY = date.today()


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    window.open_path(path)
    assert window.context is not None
    window.activateWindow()
    QApplication.processEvents()
    return window


def _find(window, cls, name):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def _show(window: MainWindow, title: str) -> None:
    tabs = _find(window, QTabWidget, "caseTabs")
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index(title))


def test_session_cannot_close_while_an_agreement_lacks_a_success_check(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "sluiten.casereview"
    with create_case(path, "Review gezin K.") as case:
        team = add_party(case, "Wijkteam Noord")
        for rule in range(1, 7):
            waive_rule(case, rule, "niet in deze test")
        update_case_details(case, followup_date=TODAY + timedelta(days=90))
        add_agreement(case, action="Wijkteam belt de school bij verzuim", owner_party_id=team.id,
                      due_date=TODAY + timedelta(days=60), kind=AgreementKind.IMPROVE_EXISTING)
    window = _window(qtbot, path)
    window.close_session_action.trigger()
    refusal = _find(window, CloseRefusalDialog, "closeRefusalDialog")
    assert "Regel 7" in refusal.message.text() and "zonder toetsing" in refusal.message.text()
    assert window.context.case.case().session_closed_at is None

    # "Naar de verbeterafspraken" takes the chair to the agreement that lacks its check.
    go = _find(refusal, QPushButton, "closeRefusalGoButton")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    tabs = _find(window, QTabWidget, "caseTabs")
    assert tabs.tabText(tabs.currentIndex()) == "Conclusies en afspraken"
    table = _find(window, QTableView, "agreementTable")
    assert table.hasFocus() and [i.row() for i in table.selectionModel().selectedRows()] == [0]
    qtbot.mouseClick(_find(window, QPushButton, "editAgreementButton"), Qt.MouseButton.LeftButton)
    dialog = _find(window, AgreementDialog, "agreementDialog")
    qtbot.keyClicks(_find(dialog, QLineEdit, "agreementCheckEdit"), "Geen verzuim zonder melding in een kwartaal")
    dialog.accept()
    window.close_session_action.trigger()
    confirm = _find(window, CloseConfirmDialog, "closeSessionConfirmDialog")  # no phase was ever started
    qtbot.mouseClick(_find(confirm, QPushButton, "closeSessionConfirmCloseButton"), Qt.MouseButton.LeftButton)
    assert window.context.case.case().session_closed_at is not None
    summary = _find(window, SessionSummaryDialog, "sessionSummaryDialog")
    assert "Wijkteam Noord" in summary.plain_text() and "Wijkteam belt de school bij verzuim" in summary.plain_text()
    window.close_case()


def test_form_asks_for_the_kind_stores_level_and_hints_gently(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "form.casereview"
    with create_case(path, "Review gezin V.") as case:
        add_party(case, "Wijkteam Noord")
    window = _window(qtbot, path)
    _show(window, "Conclusies en afspraken")
    kinds = _find(window, QComboBox, "agreementKindCombo")
    hints = _find(window, QLabel, "agreementHints")
    table = _find(window, QTableView, "agreementTable")
    assert kinds.currentText() == "(kies de soort)"
    action = _find(window, QLineEdit, "agreementActionEdit")
    qtbot.keyClicks(action, "Meer aandacht voor signalen")
    assert hints.isVisible() and "Wie doet wat?" in hints.text() and "aandacht voor" in hints.text()
    qtbot.keyClick(action, Qt.Key.Key_Return)
    assert table.model().rowCount() == 0 and "Kies eerst de soort" in hints.text()

    action.clear()
    qtbot.keyClicks(action, "Wijkteam bespreekt signalen elke maand")
    assert hints.text() == "", "a concrete agreement without conclusions in the case gets no hint"
    qtbot.keyClicks(_find(window, QLineEdit, "agreementPersonEdit"), "teamleider")
    qtbot.keyClicks(_find(window, QLineEdit, "agreementCheckEdit"), "Elke maand een verslag van het overleg")
    kinds.setCurrentIndex(kinds.findText("verbetering bestaande werkwijze"))
    levels = _find(window, QComboBox, "agreementLevelCombo")
    levels.setCurrentIndex(levels.findText("keten"))
    qtbot.keyClicks(_find(window, QLineEdit, "agreementProgrammeEdit"), "Werkwijze Samen Veilig")
    qtbot.keyClick(action, Qt.Key.Key_Return)
    assert table.model().rowCount() == 1
    assert kinds.currentText() == "(kies de soort)", "the next agreement starts without a chosen kind again"
    window.grab().save(str(tmp_path / "afspraken.png"))
    window.close_case()
    with open_case(path) as stored:
        item = list_agreements(stored)[0]
        assert (item.kind, item.level, item.programme) == (AgreementKind.IMPROVE_EXISTING, AgreementLevel.CHAIN,
                                                           "Werkwijze Samen Veilig")


def _followup_case(path: Path) -> dict[str, int]:
    with create_case(path, "Review gezin K.") as case:
        team = add_party(case, "Wijkteam Noord")
        late = add_agreement(case, action="Triagelijst vraagt naar huisgenoten", owner_party_id=team.id,
                             due_date=TODAY - timedelta(days=10), success_check="Alle intakes hebben de vraag",
                             kind=AgreementKind.NEW_MEASURE, level=AgreementLevel.ORGANISATION)
        later = add_agreement(case, action="Vast aanspreekpunt voor scholen", owner_party_id=team.id,
                              due_date=TODAY + timedelta(days=30), success_check="Scholen weten wie te bellen",
                              kind=AgreementKind.IMPROVE_EXISTING, level=AgreementLevel.TEAM)
        return {"late": late.id, "later": later.id}


def test_followup_effect_checks_decisions_and_terugkommoment(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "vervolg.casereview"
    ids = _followup_case(path)
    window = _window(qtbot, path)
    view = _find(window, FollowUpView, "followUpView")
    _show(window, "Opvolging")
    assert view.current_id() == ids["late"]
    tabs = _find(view, QTabWidget, "followUpDetailTabs")
    tabs.setCurrentIndex(1)
    results = _find(view, QComboBox, "effectResultCombo")
    results.setCurrentIndex(results.findText("werkt deels"))
    note = _find(view, QLineEdit, "effectNoteEdit")
    qtbot.keyClicks(note, "Zes van tien intakes")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert [c.result for c in list_effect_checks(window.context.case, ids["late"])] == ["partly"]
    assert "werkt deels" in _find(view, QLabel, "latestEffectLabel").text()
    assert _find(view, QListWidget, "effectCheckList").item(0).text().endswith("werkt deels: Zes van tien intakes")
    assert view.table.model().index(0, 1).data().endswith("Effect: werkt deels")

    tabs.setCurrentIndex(2)
    carry = _find(view, QPushButton, "carryForwardButton")
    assert carry.isEnabled()
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    assert "waarom" in _find(view, QLabel, "decisionError").text().lower()
    assert list_decisions(window.context.case, ids["late"]) == []
    new_date = TODAY + timedelta(days=90)
    _find(view, QDateEdit, "carryForwardDateEdit").setDate(QDate(new_date.year, new_date.month, new_date.day))
    qtbot.keyClicks(_find(view, QLineEdit, "decisionReasonEdit"), "Nieuwe teamleider start in maart")
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    assert get_agreement(window.context.case, ids["late"]).due_date == new_date
    view.select_agreement(ids["late"])
    history = _find(view, QListWidget, "decisionHistoryList")
    assert history.count() == 1 and "Nieuwe teamleider" in history.item(0).text()
    window.context.undo_stack.undo()
    assert get_agreement(window.context.case, ids["late"]).due_date == TODAY - timedelta(days=10)

    check = _find(view, QCheckBox, "terugkommomentCheck")
    check.setChecked(True)
    assert window.context.case.case().terugkommoment_date == _qdate(_find(view, QDateEdit, "terugkommomentEdit"))
    view.grab().save(str(tmp_path / "vervolg.png"))
    qtbot.mouseClick(_find(view, QPushButton, "loadFollowUpAgendaButton"), Qt.MouseButton.LeftButton)
    from casereview.session.procedure import list_steps
    titles = [s.title for s in list_steps(window.context.case)]
    assert "Afspraak 1: Triagelijst vraagt naar huisgenoten" in titles
    window.close_case()


def _qdate(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def test_afsprakenlijst_preview_apply_and_undo_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "lijst.casereview"
    ids = _followup_case(path)
    window = _window(qtbot, path)
    view = _find(window, FollowUpView, "followUpView")
    assert _find(view, QComboBox, "afsprakenlijstPartyCombo").currentText() == "Wijkteam Noord"
    sheet = tmp_path / "wijkteam.xlsx"
    assert view.export_afsprakenlijst("Wijkteam Noord", sheet)
    book = load_workbook(sheet)
    rows = {book["Afspraken"].cell(r, 10).value: r for r in (2, 3)}
    book["Afspraken"].cell(rows[ids["later"]], 6).value = "gereed"
    book["Afspraken"].cell(rows[ids["later"]], 7).value = "werkt"
    book.save(sheet)

    dialog = view.import_afsprakenlijst(sheet)
    assert isinstance(dialog, AgreementSheetDialog)
    preview = _find(dialog, QTableWidget, "sheetPreviewTable")
    shown = {(preview.item(r, 2).text(), preview.item(r, 3).text(), preview.item(r, 4).text())
             for r in range(preview.rowCount())}
    assert shown == {("status", "open", "uitgevoerd"), ("effect", "", "werkt")}
    assert get_agreement(window.context.case, ids["later"]).status == AgreementStatus.OPEN
    qtbot.mouseClick(_find(dialog, QPushButton, "applySheetButton"), Qt.MouseButton.LeftButton)
    assert get_agreement(window.context.case, ids["later"]).status == AgreementStatus.DONE
    window.context.undo_stack.undo()
    assert get_agreement(window.context.case, ids["later"]).status == AgreementStatus.OPEN
    assert list_effect_checks(window.context.case, ids["later"]) == []

    book["Afspraken"].cell(rows[ids["later"]], 9).value = "30-02-2026"
    book.save(sheet)
    bad = view.import_afsprakenlijst(sheet)
    table = _find(bad, QTableWidget, "sheetPreviewTable")
    assert "rij" in table.item(0, 0).text() and "kolom I (Datum)" in table.item(0, 0).text()
    assert not _find(bad, QPushButton, "applySheetButton").isEnabled()
    bad.reject()
    window.close_case()


def test_the_english_window_lists_the_sheets_problems_in_english(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    path = tmp_path / "lijst.casereview"
    ids = _followup_case(path)
    window = _window(qtbot, path)
    view = _find(window, FollowUpView, "followUpView")
    sheet = tmp_path / "wijkteam.xlsx"
    assert view.export_afsprakenlijst("Wijkteam Noord", sheet)
    book = load_workbook(sheet)
    rows = {book["Afspraken"].cell(r, 10).value: r for r in (2, 3)}
    book["Afspraken"].cell(rows[ids["later"]], 9).value = "morgen"
    book["Afspraken"].cell(rows[ids["late"]], 6).value = "half klaar"
    book.save(sheet)
    bad = view.import_afsprakenlijst(sheet)
    table = _find(bad, QTableWidget, "sheetPreviewTable")
    shown = sorted(table.item(r, 0).text() for r in range(table.rowCount()))
    assert len(shown) == 2
    assert any("column I (Datum): 'morgen' is not a date (write dd-mm-yyyy)." in text for text in shown), shown
    assert any("column F (Status): 'half klaar' is not a status. Choose from:" in text for text in shown), shown
    assert not any(word in text for text in shown for word in ("Blad", "rij", "geen")), shown
    bad.reject()
    window.close_case()
