"""Concept versturen from the window: the copies are written on a worker thread, one per organisation."""

from __future__ import annotations

from pathlib import Path

from consent_fixtures import build_small_case
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casereview.consent.drafts import list_versions
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.send_concept import SendConceptDialog, start_sending


def test_concepts_are_written_off_the_gui_thread(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append("FOUT " + a[2]))
    case = build_small_case(tmp_path / "mol.casereview")
    context = CaseContext(case)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SendConceptDialog(parent=parent)
    assert dialog.per_party.isChecked()
    folder = tmp_path / "uit"
    folder.mkdir()
    thread = start_sending(context, folder, True, dialog.chosen_deadline(), parent)
    with qtbot.waitSignal(thread.finished, timeout=240_000):
        pass
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    written = sorted(p.name for p in folder.glob("*.docx"))
    assert written == ["Review gezin Mol - concept - Basisschool De Regenboog.docx",
                       "Review gezin Mol - concept - Wijkteam Oost.docx"]
    assert messages[-1].startswith("Geschreven:")
    assert list_versions(case)[0].deadline == dialog.chosen_deadline()
    context.close()
    case.close()
