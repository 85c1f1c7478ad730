"""Concept versturen from the window: the copies are written on a worker thread, one per organisation,
and the message about them is shown on the GUI thread — ten times in a row, without a crash."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from consent_fixtures import build_small_case
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casereview.consent.drafts import list_versions
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.send_concept import SendConceptDialog, start_sending

EXPECTED = ["Review gezin Mol - concept - Basisschool De Regenboog.docx",
            "Review gezin Mol - concept - Wijkteam Oost.docx"]


class _Messages:
    """Message boxes as the user would see them, and the thread each was made on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        self.off_gui_thread = 0
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: self._note(a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: self._note("FOUT " + a[2]))

    def _note(self, text: str) -> None:
        self.off_gui_thread += threading.current_thread() is not threading.main_thread()
        self.shown.append(text)


def test_concepts_are_written_off_the_gui_thread(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    messages = _Messages(monkeypatch)
    case = build_small_case(tmp_path / "mol.casereview")
    context = CaseContext(case)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SendConceptDialog(parent=parent)
    assert dialog.per_party.isChecked()
    folder = tmp_path / "uit"
    folder.mkdir()
    operation = start_sending(context, folder, True, dialog.chosen_deadline(), parent)
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=240_000)
    assert not operation.running
    assert sorted(p.name for p in folder.glob("*.docx")) == EXPECTED
    assert messages.shown[-1].startswith("Geschreven in ")
    assert messages.off_gui_thread == 0
    assert list_versions(case)[0].deadline == dialog.chosen_deadline()
    context.close()
    case.close()


def _fill_and_accept(folder: Path, seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog) and dialog.objectName() == "sendConceptDialog"
    edit = dialog.findChild(QLineEdit, "conceptFolderEdit")
    edit.setText(str(folder))
    seen.append(edit.text())
    dialog.accept()


def test_sending_concepts_ten_times_in_a_row_through_the_window(
        qtbot: QtBot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    messages = _Messages(monkeypatch)
    window = open_window(build_small_case(tmp_path / "mol.casereview"))
    action = window.findChild(QAction, "sendConceptAction")
    assert action is not None and action.isEnabled()
    for round_number in range(1, 11):
        folder = tmp_path / f"ronde-{round_number}"
        folder.mkdir()
        seen: list[str] = []
        QTimer.singleShot(0, lambda folder=folder, seen=seen: _fill_and_accept(folder, seen))
        action.trigger()
        assert seen == [str(folder)]
        assert not action.isEnabled()  # one round at a time: each freezes a version of the draft
        assert window.statusBar().currentMessage() == "De concepten worden geschreven…"
        qtbot.waitUntil(lambda n=round_number: len(messages.shown) == n, timeout=240_000)
        assert action.isEnabled() and window.statusBar().currentMessage() == ""
        assert messages.shown[-1].startswith("Geschreven in "), messages.shown[-1]
        assert sorted(p.name for p in folder.glob("*.docx")) == EXPECTED
        assert all(p.stat().st_size > 5_000 for p in folder.glob("*.docx"))
        assert messages.shown[-1].splitlines() == [f"Geschreven in {folder}:", *EXPECTED]
    assert messages.off_gui_thread == 0
    assert [v.number for v in list_versions(window.context.case)] == [1]  # an unchanged draft stays one version


def test_the_status_line_counts_up_to_the_last_concept(
        qtbot: QtBot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    messages = _Messages(monkeypatch)
    window = open_window(build_small_case(tmp_path / "mol.casereview"))
    lines: list[str] = []
    window.statusBar().messageChanged.connect(lines.append)
    folder = tmp_path / "uit"
    folder.mkdir()
    QTimer.singleShot(0, lambda: _fill_and_accept(folder, []))
    window.findChild(QAction, "sendConceptAction").trigger()
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=240_000)
    percents = [int(line.rsplit(" ", 1)[1].rstrip("%")) for line in lines if line.endswith("%")]
    assert percents, lines
    assert percents == sorted(percents) and percents[-1] == 100  # only forward, and to the end
    assert all(line.startswith(("De concepten worden geschreven…", "Concepten: eerst namen zoeken"))
               for line in lines if line)
    assert window.statusBar().currentMessage() == ""  # cleared once the message about the files is shown
