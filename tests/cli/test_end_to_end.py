"""The foundation slice as a chair does it: new case, import, capture, conclude, agree, export, reopen."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import open_case
from casereview.findings.agreements import list_agreements
from casereview.findings.conclusions import list_conclusions
from casereview.session.contributions import list_contributions
from casereview.timeline.events import list_events
from casereview.ui.main_window import MainWindow

DUTCH_EXCEL_CSV = (
    "Datum;Tijd;Organisatie;Gebeurtenis;Bron\r\n"
    "14-02-2019;09:30;Wijkteam;\"Eerste gesprek met moeder,\r\nzorgen over de nachtrust\";dossier wijkteam\r\n"
    "03-2019;;Huisarts;Consult: kind is gezond, moeder oogt moe;HIS\r\n"
    "2020;;Basisschool;Verzuim opgemerkt door de leerkracht;leerlingdossier\r\n"
    "12-05-2020;;Veilig Thuis;Melding na ruzie; advies gegeven aan het wijkteam;melding VT\r\n"
).encode("cp1252")


def _tab(window: MainWindow, qtbot: QtBot, name: str) -> None:
    """Click the case tab whose page has object name ``name``, as the chair would."""
    tabs = window.findChild(QTabWidget, "caseTabs")
    bar = tabs.tabBar()
    index = tabs.indexOf(tabs.findChild(QWidget, name))
    assert index >= 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_new_import_capture_conclude_agree_export_reopen(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    case_path = tmp_path / "Review gezin K.casereview"
    csv_path = tmp_path / "tijdlijn.csv"
    csv_path.write_bytes(DUTCH_EXCEL_CSV)
    out = tmp_path / "verslag.docx"

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Review gezin K.", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(case_path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(csv_path), ""))
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: QMessageBox.StandardButton.Ok)

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.start_screen.new_button, Qt.MouseButton.LeftButton)
    assert window.context is not None and case_path.exists()

    window.import_action.trigger()
    table = window.findChild(QTableView, "timelineTable")
    assert table.model().rowCount() == 4

    _tab(window, qtbot, "sessionTab")
    capture = window.findChild(QLineEdit, "captureEdit")
    party_picker = window.findChild(QComboBox, "partyPicker")
    for party, text in (("Huisarts", "Wij wisten niet dat het wijkteam betrokken was."),
                        ("Wijkteam", "Het eerste gesprek kwam er binnen een week.")):
        party_picker.setCurrentIndex(party_picker.findText(party))
        capture.setFocus()
        qtbot.keyClicks(capture, text)
        qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert window.findChild(QListView, "contributionList").model().rowCount() == 2

    _tab(window, qtbot, "closingTab")
    qtbot.keyClicks(window.findChild(QLineEdit, "conclusionEdit"), "Huisarts en wijkteam wisten niet van elkaar.")
    qtbot.mouseClick(window.findChild(QPushButton, "addConclusionButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementActionEdit"), "Wijkteam belt de huisarts bij elke start")
    owner = window.findChild(QComboBox, "agreementPartyCombo")
    owner.setCurrentIndex(owner.findText("Wijkteam"))
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementCheckEdit"), "De huisarts weet binnen een week van de start")
    kinds = window.findChild(QComboBox, "agreementKindCombo")
    kinds.setCurrentIndex(kinds.findText("verbetering bestaande werkwijze"))
    qtbot.mouseClick(window.findChild(QPushButton, "addAgreementButton"), Qt.MouseButton.LeftButton)
    assert window.findChild(QTableView, "agreementTable").model().rowCount() == 1

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.export_action.trigger()
    assert out.exists()
    text = "\n".join(cell.text for t in docx.Document(str(out)).tables for row in t.rows for cell in row.cells)
    for fragment in ("Eerste gesprek met moeder", "Consult: kind is gezond", "Verzuim opgemerkt",
                     "Melding na ruzie"):
        assert fragment in text
    window.close()

    with open_case(case_path) as case:
        assert len(list_events(case)) == 4
        assert {c.text for c in list_contributions(case)} == {
            "Wij wisten niet dat het wijkteam betrokken was.", "Het eerste gesprek kwam er binnen een week."}
        assert [c.conclusion.text for c in list_conclusions(case)] == ["Huisarts en wijkteam wisten niet van elkaar."]
        assert list_agreements(case)[0].action == "Wijkteam belt de huisarts bij elke start"
