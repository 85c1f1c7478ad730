"""Verbeterafspraken through the form: the rule-reflex note, refusals, undoable delete."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import list_agreements
from casereview.findings.conclusions import add_conclusion, list_conclusions
from casereview.session.parties import add_party
from casereview.ui.main_window import MainWindow
from casereview.vocabulary import AgreementKind


def _review(path: Path) -> Path:
    """The case these tests open."""
    with create_case(path, "Review gezin V.") as case:
        add_party(case, "Wijkteam Noord")
        add_party(case, "GGZ volwassenen")
        add_conclusion(case, "Overdrachten verliepen zonder warm contact")
    return path


def _add(qtbot: QtBot, window: MainWindow, action: str, kind: str, party: str = "", reason: str = "") -> None:
    kinds = window.findChild(QComboBox, "agreementKindCombo")
    kinds.setCurrentIndex(kinds.findText(kind))
    if party:
        parties = window.findChild(QComboBox, "agreementPartyCombo")
        parties.setCurrentIndex(parties.findText(party))
    if reason:
        qtbot.keyClicks(window.findChild(QLineEdit, "agreementReasonEdit"), reason)
    elif kind != "geen maatregel nodig":  # a measure needs an owner and a check (issue 26)
        for name, text in (("agreementPersonEdit", "teamleider"), ("agreementCheckEdit", "Steekproef")):
            edit = window.findChild(QLineEdit, name)
            if not edit.text():
                qtbot.keyClicks(edit, text)
    action_edit = window.findChild(QLineEdit, "agreementActionEdit")
    qtbot.keyClicks(action_edit, action)
    qtbot.keyClick(action_edit, Qt.Key.Key_Return)


def test_agreements_form_rule_reflex_and_refusal(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "afspraken.casereview"
    window = open_window(_review(path), tab="closingTab")
    table = window.findChild(QTableView, "agreementTable")
    warning = window.findChild(QLabel, "ruleReflexWarning")

    qtbot.keyClicks(window.findChild(QLineEdit, "agreementPersonEdit"), "teamleider")
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementCheckEdit"), "Steekproef van tien dossiers")
    due = window.findChild(QDateEdit, "agreementDueEdit")
    due.setDate(QDate(2027, 3, 1))
    conclusions = window.findChild(QComboBox, "agreementConclusionCombo")
    assert conclusions.itemText(1) == "1. Overdrachten verliepen zonder warm contact"
    conclusions.setCurrentIndex(1)
    _add(qtbot, window, "Warme overdracht in de werkinstructie", "verbetering bestaande werkwijze",
         party="Wijkteam Noord")
    _add(qtbot, window, "Nieuw meldformulier voor scholen", "nieuwe maatregel")
    assert table.model().rowCount() == 2
    assert not warning.isVisible()
    _add(qtbot, window, "Nieuw overleg met alle scholen", "nieuwe maatregel")
    assert table.model().rowCount() == 3, "the rule-reflex note never blocks"
    assert warning.isVisible()
    assert "meer nieuwe maatregelen (2)" in warning.text()

    _add(qtbot, window, "Geen extra regel voor de peuteropvang", "geen maatregel nodig")
    assert table.model().rowCount() == 3
    assert "geen maatregel nodig" in window.statusBar().currentMessage()
    action_edit = window.findChild(QLineEdit, "agreementActionEdit")
    assert action_edit.text() == "Geen extra regel voor de peuteropvang", "refused input stays for correction"
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementReasonEdit"), "De meldcode werkte")
    qtbot.keyClick(action_edit, Qt.Key.Key_Return)
    assert table.model().rowCount() == 4

    first = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert first == ["Warme overdracht in de werkinstructie", "1 maart 2027\nWijkteam Noord · teamleider",
                     "verbetering\nopen"]

    window.close_case()
    with open_case(path) as case:
        stored = list_agreements(case)
        assert [a.kind for a in stored] == [AgreementKind.IMPROVE_EXISTING, AgreementKind.NEW_MEASURE,
                                            AgreementKind.NEW_MEASURE, AgreementKind.NO_MEASURE]
        assert stored[0].due_date == date(2027, 3, 1)
        assert stored[0].conclusion_id == list_conclusions(case)[0].conclusion.id
        assert stored[0].success_check == "Steekproef van tien dossiers"
        assert stored[3].kind_reason == "De meldcode werkte"


def test_delete_agreement_is_undoable(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "afspraken.casereview"
    window = open_window(_review(path), tab="closingTab")
    _add(qtbot, window, "Warme overdracht in de werkinstructie", "verbetering bestaande werkwijze")
    table = window.findChild(QTableView, "agreementTable")
    delete = window.findChild(QPushButton, "deleteAgreementButton")
    assert not delete.isEnabled()
    first_cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first_cell)
    assert delete.isEnabled()
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert table.model().rowCount() == 0
    window.context.undo_stack.undo()
    assert table.model().rowCount() == 1
    window.context.undo_stack.redo()
    assert table.model().rowCount() == 0
    window.context.undo_stack.undo()
    window.close_case()
    with open_case(path) as case:
        assert [a.action for a in list_agreements(case)] == ["Warme overdracht in de werkinstructie"]
