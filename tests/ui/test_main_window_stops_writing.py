"""Issue 22 §3 in the window: a case taken over or replaced while open turns the window read-only, with a
message, and what the chair typed stays in the box."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QTabWidget, QWidget

from casereview.casefile.case_file import create_case
from casereview.session.contributions import list_contributions
from casereview.session.parties import add_party


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: messages.append(text))
    return messages


def _take_over(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM holder")
        conn.execute("INSERT INTO holder (token, user, machine, pid, since, heartbeat) VALUES "
                     "('collega', 'pieter', 'LAPTOP-COLLEGA', 4242, '2026-12-02 09:00:00', '2026-12-02 09:00:00')")
    finally:
        conn.close()


def _type_contribution(qtbot, window, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]  # noqa: ANN001
    tabs = window.findChild(QTabWidget, "caseTabs")
    tabs.setCurrentWidget(tabs.findChild(QWidget, "sessionTab"))
    picker = window.findChild(QComboBox, "partyPicker")
    picker.setCurrentIndex(picker.findText("Wijkteam Oost"))
    edit = window.findChild(QLineEdit, "captureEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    return edit


def test_a_lock_taken_over_turns_the_window_read_only_and_keeps_the_text(open_window, qtbot, tmp_path: Path,  # noqa: ANN001
                                                                         shown: list[str]) -> None:
    path = tmp_path / "a.casereview"
    case = create_case(path, "Review A")
    add_party(case, "Wijkteam Oost")
    window = open_window(case)
    _take_over(path)
    edit = _type_contribution(qtbot, window, "De school belde twee keer")
    qtbot.waitUntil(lambda: bool(shown))
    assert "overgenomen" in shown[0]
    assert edit.text() == "De school belde twee keer"  # nothing typed is lost
    label = window.findChild(QLabel, "readOnlyLabel")
    assert label.isVisible() and "alleen-lezen" in label.text()
    assert window.context.case.read_only and list_contributions(window.context.case) == []


def test_a_heartbeat_in_its_own_thread_that_finds_the_lock_taken_tells_the_chair(open_window, qtbot,  # noqa: ANN001
                                                                                 tmp_path: Path,
                                                                                 shown: list[str]) -> None:
    path = tmp_path / "a.casereview"
    window = open_window(create_case(path, "Review A"))
    _take_over(path)
    claim = window.context.case.claim
    beat = threading.Thread(target=claim.beat)
    beat.start()
    beat.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert window.findChild(QLabel, "readOnlyLabel").isVisible()
    assert window.context.case.read_only


def test_a_case_replaced_under_the_window_is_not_written(open_window, qtbot, tmp_path: Path,  # noqa: ANN001
                                                         shown: list[str]) -> None:
    path = tmp_path / "a.casereview"
    case = create_case(path, "Review A")
    add_party(case, "Wijkteam Oost")
    window = open_window(case)
    create_case(tmp_path / "b.casereview", "Review B").close()
    os.replace(tmp_path / "b.casereview", path)
    edit = _type_contribution(qtbot, window, "Het wijkteam ging op huisbezoek")
    qtbot.waitUntil(lambda: bool(shown))
    assert "vervangen" in shown[0] and edit.text() == "Het wijkteam ging op huisbezoek"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM contribution").fetchone()[0] == 0
    finally:
        conn.close()
