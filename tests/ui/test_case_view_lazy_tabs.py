"""The application's case window builds only the tab in view before it paints, the others after."""

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
    tabs = window.findChild(QTabWidget, "caseTabs")
    later = [name for name in ("openingTab", "closingTab", "followUpView", "leerbriefStory")
             if tabs.currentWidget().objectName() != name]
    assert tabs.currentWidget().objectName() in ("openingTab", "sessionTab", "closingTab")
    assert all(window.findChild(QWidget, name) is None for name in later)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QPlainTextEdit, "leerbriefStory") is not None)
    assert all(window.findChild(QWidget, name) is not None for name in later)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Opening en voorbereiding", "Sessie", "Conclusies en afspraken", "Opvolging", "Leerbrief"]
    assert tabs.widget(2) is window.findChild(QWidget, "closingTab")
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


def test_using_a_pane_of_a_tab_not_yet_built_builds_that_tab(qtbot: QtBot, tmp_path: Path) -> None:
    window = _lazy_window(qtbot, tmp_path / "used.casereview")
    assert window.case_view is not None
    tabs = window.case_view.tabs
    current = tabs.currentIndex()
    agreements = window.case_view.agreements
    assert tabs.widget(2).objectName() == "closingTab" and tabs.widget(2).isAncestorOf(agreements)
    assert tabs.currentIndex() == current
    window.close_case()
