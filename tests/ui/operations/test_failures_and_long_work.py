"""Done-when tests of issue 10: an unexpected failure reaches the chair as a Dutch sentence and loses
nothing typed; long work runs in a worker thread while the event loop keeps turning, with progress."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case
from casereview.demo.demo_case import write_demo_case
from casereview.session.contributions import list_contributions
from casereview.timeline.events import list_events


class _FullDiskCursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        if sql.lstrip().upper().startswith("INSERT INTO CONTRIBUTION"):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, parameters)


class _FullDiskConnection(sqlite3.Connection):
    def cursor(self, factory: Any = _FullDiskCursor) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory)


def test_disk_full_while_storing_a_contribution_shows_dutch_and_keeps_the_text(
        qtbot: QtBot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = tmp_path / "vol.casereview"
    create_case(path, "Review gezin S.").close()
    window = open_window(path, tab="sessionTab")
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=_FullDiskConnection, **k))
    edit = window.findChild(QLineEdit, "captureEdit")
    qtbot.keyClicks(edit, "De school belde twee keer zonder antwoord")
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert "De schijf is vol" in window.statusBar().currentMessage()
    assert edit.text() == "De school belde twee keer zonder antwoord"
    monkeypatch.undo()
    assert list_contributions(window.context.case) == []
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # room again: the same text is stored on the next Enter
    assert [c.text for c in list_contributions(window.context.case)] == ["De school belde twee keer zonder antwoord"]
    assert edit.text() == ""


class _Ticks:
    """Counts a 5 ms timer during long work and notes whether the progress dialog was on screen."""

    def __init__(self, window) -> None:  # noqa: ANN001
        self.count = 0
        self.saw_progress = False
        self.window = window
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1
        dialog = self.window.findChild(QProgressDialog, "operationProgress")
        self.saw_progress |= dialog is not None and dialog.isVisible()


def test_importing_ten_thousand_rows_keeps_the_event_loop_turning(
        qtbot: QtBot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from casereview.ui.timeline import import_action
    from casereview.ui.timeline.import_dialog import ImportDialog

    source = tmp_path / "groot.csv"
    lines = ["Datum;Partij;Gebeurtenis"] + [f"{1 + i % 28:02d}-{1 + i % 12:02d}-20{10 + i % 15};"
                                             f"Partij {i % 7};Gebeurtenis nummer {i}" for i in range(10_000)]
    source.write_text("\n".join(lines), encoding="utf-8")
    path = tmp_path / "groot.casereview"
    create_case(path, "Review gezin G.").close()
    window = open_window(path, tab="sessionTab")
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    ticks = _Ticks(window)
    ticks.timer.start()
    before = ticks.count
    report = import_action.run_import(window.context, parent=window, path=source)
    ticks.timer.stop()

    assert report is not None and report.added == 10_000
    assert ticks.count > before, "the event loop stood still during the import"
    assert ticks.saw_progress
    assert len(list_events(window.context.case)) == 10_000
    assert window.case_view.timeline.proxy.rowCount() == 10_000  # the views heard of it on the GUI thread
    assert shown and "10000" in shown[0].replace(".", "")
    window.context.undo_stack.undo()
    assert list_events(window.context.case) == []


def test_writing_the_verslag_keeps_the_event_loop_turning_and_shows_progress(
        qtbot: QtBot, tmp_path: Path, open_window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from casereview.ui.operations.export_action import write_export

    path = tmp_path / "demo.casereview"
    write_demo_case(path).close()
    window = open_window(path)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    ticks = _Ticks(window)
    ticks.timer.start()
    out = write_export(window.context, "verslag", tmp_path / "verslag.docx", pseudonymise=True, parent=window)
    ticks.timer.stop()

    assert out == tmp_path / "verslag.docx" and out.stat().st_size > 10_000
    assert ticks.count > 0, "the event loop stood still while the verslag was written"
    assert ticks.saw_progress
