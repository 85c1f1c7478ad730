"""Issue 21 §2 in the window: the Namen dialog shows what was found and the chair decides by keyboard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from name_fixtures import detect_with
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.privacy.detection.decisions import KEPT, name_states
from casereview.privacy.pseudonyms import list_pseudonyms
from casereview.session.procedure import update_case_details
from casereview.ui.dialogs.names_dialog import NamesDialog


def _case(tmp_path: Path) -> Path:
    path = tmp_path / "r.casereview"
    with create_case(path, "Review juni") as case:
        update_case_details(case, incident="Emma de Jong viel bij De Regenboog; bel 06-12345678.")
        detect_with(case, ("Emma de Jong", "persoon"), ("De Regenboog", "instelling"), ("06-12345678", "telefoon"))
    return path


def _dialog() -> NamesDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NamesDialog) and w.isVisible()]
    assert dialogs, "the Namen dialog did not open"
    return dialogs[0]


def test_the_chair_decides_by_keyboard_and_the_count_follows(open_window, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: ANN001
    path = _case(tmp_path)
    window = open_window(path)
    status = window.findChild(QLabel, "namesStatusLabel")
    assert status.isVisible() and status.text() == "Namen niet beslist: 3"
    window.findChild(type(window.names_action), "namesAction").trigger()
    dialog = _dialog()
    table = dialog.findChild(QTableView, "namesTable")
    model = table.model()
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "Emma de Jong" and model.index(0, 3).data() == "review, aanleiding"
    assert model.index(0, 4).data() == "nog niet beslist"

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a row: to the pseudonym field
    assert dialog.focusWidget() is dialog.alias_edit
    qtbot.keyClicks(dialog.alias_edit, "kind 1")
    qtbot.keyClick(dialog.alias_edit, Qt.Key.Key_Return)
    assert [(p.real_name, p.pseudonym) for p in list_pseudonyms(window.context.case)] == [("Emma de Jong", "kind 1")]

    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "De Regenboog")
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert model.index(next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "De Regenboog"),
                       4).data() == "geen naam"
    qtbot.waitUntil(lambda: status.text() == "Namen niet beslist: 1")  # counted again after the changes
    dialog.close()
    window.close_case()
    with open_case(path, read_only=True) as case:
        decisions = {st.text: st.decision for st in name_states(case)}
    assert decisions == {"Emma de Jong": "kind 1", "De Regenboog": KEPT, "06-12345678": ""}


@pytest.mark.real_detector
def test_zoeken_runs_detection_in_its_own_process(open_window, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "r.casereview"
    with create_case(path, "Review juni") as case:
        update_case_details(case, incident="Gesprek met Sanne de Vries en haar zoon Daan.")
    window = open_window(path)
    assert window.findChild(QLabel, "namesStatusLabel").text().startswith("Namen: nog niet gezocht")
    window.names_action.trigger()
    dialog = _dialog()
    dialog.findChild(QPushButton, "detectNamesButton").click()
    texts = [dialog.model.index(i, 0).data() for i in range(dialog.model.rowCount())]
    assert "Sanne de Vries" in texts and "Daan" in texts
    assert "deduce" not in sys.modules  # the de-identifier never loads in the window's process
