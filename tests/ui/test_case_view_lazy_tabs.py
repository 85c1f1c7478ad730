"""The application's case window builds the follow-up and leerbrief tabs after it has painted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case
from casereview.ui.main_window import MainWindow


def _lazy_window(qtbot: QtBot, path: Path) -> MainWindow:
    create_case(path, "Uitgesteld").close()
    window = MainWindow(lazy_tabs=True)
    qtbot.addWidget(window)
    window.open_path(path)
    return window


def test_hidden_tabs_wait_for_the_first_paint_then_build_in_idle_time(qtbot: QtBot, tmp_path: Path) -> None:
    window = _lazy_window(qtbot, tmp_path / "later.casereview")
    assert window.findChild(QWidget, "followUpView") is None
    assert window.findChild(QPlainTextEdit, "leerbriefStory") is None
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QPlainTextEdit, "leerbriefStory") is not None)
    assert window.findChild(QWidget, "followUpView") is not None
    tabs = window.findChild(QTabWidget, "caseTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())][3:] == ["Opvolging", "Leerbrief"]
    window.close_case()


def test_a_tab_opened_before_idle_time_is_built_and_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = _lazy_window(qtbot, tmp_path / "now.casereview")
    window.show()
    assert window.case_view is not None
    window.case_view.show_follow_up()
    view = window.findChild(QWidget, "followUpView")
    assert view is not None and view.isVisible()
    assert window.findChild(QLabel, "followUpSummary") is not None
    assert window.case_view.following()
    window.close_case()
