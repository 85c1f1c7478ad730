"""The pseudonyms list edited in the GUI: add, change, rename, refuse, remove — stored at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.privacy.pseudonyms import list_pseudonyms, set_pseudonym
from casereview.ui.dialogs.pseudonyms_dialog import PseudonymsDialog
from casereview.ui.main_window import MainWindow


def _dialog(open_window, path: Path) -> tuple[MainWindow, PseudonymsDialog]:  # noqa: ANN001
    with create_case(path, "Review gezin S.") as case:
        set_pseudonym(case, "Sanne de Vries", "moeder")
    window = open_window(path)
    window.pseudonyms_action.trigger()
    dialog = window.findChild(PseudonymsDialog, "pseudonymsDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    QApplication.processEvents()
    return window, dialog


def _type(qtbot: QtBot, dialog: PseudonymsDialog, real: str, alias: str) -> None:
    real_edit = dialog.findChild(QLineEdit, "realNameEdit")
    alias_edit = dialog.findChild(QLineEdit, "pseudonymEdit")
    real_edit.selectAll()
    qtbot.keyClicks(real_edit, real)
    qtbot.keyClick(real_edit, Qt.Key.Key_Return)
    assert alias_edit.hasFocus()
    alias_edit.selectAll()
    qtbot.keyClicks(alias_edit, alias)
    qtbot.keyClick(alias_edit, Qt.Key.Key_Return)


def _rows(table: QTableWidget) -> list[tuple[str, str]]:
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _centre(table: QTableWidget, row: int) -> QPoint:
    return table.visualItemRect(table.item(row, 0)).center()


def test_edit_the_pseudonym_list(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "namen.casereview"
    window, dialog = _dialog(open_window, path)
    table = dialog.findChild(QTableWidget, "pseudonymTable")
    assert _rows(table) == [("Sanne de Vries", "moeder")]

    _type(qtbot, dialog, "Jesse", "kind 1")
    assert dialog.isVisible(), "Enter stores the name; it does not close the dialog"
    assert _rows(table) == [("Jesse", "kind 1"), ("Sanne de Vries", "moeder")]

    _type(qtbot, dialog, "Lotte", "Lotte's zusje")
    error = dialog.findChild(QLabel, "pseudonymError")
    assert "bevat de echte naam" in error.text()
    assert len(_rows(table)) == 2

    # change a listed name: choose its row, correct the spelling
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_centre(table, 0))
    assert dialog.findChild(QLineEdit, "realNameEdit").text() == "Jesse"
    _type(qtbot, dialog, "Jesse de Vries", "kind 1")
    assert _rows(table) == [("Jesse de Vries", "kind 1"), ("Sanne de Vries", "moeder")]

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_centre(table, 1))
    qtbot.mouseClick(dialog.findChild(QPushButton, "removePseudonymButton"), Qt.MouseButton.LeftButton)
    assert _rows(table) == [("Jesse de Vries", "kind 1")]

    dialog.close()
    window.close_case()
    with open_case(path) as case:
        assert [(p.real_name, p.pseudonym) for p in list_pseudonyms(case)] == [("Jesse de Vries", "kind 1")]
