"""Shared fixtures: offscreen Qt, user folders redirected, a fresh case file per test."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, recent files and the demo go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEREVIEW_HOME", str(home))
    return home


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    case = create_case(tmp_path / "review.casereview", "Review Testgezin")
    yield case
    case.close()


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to prove an operation left it byte for byte as it was."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
    """A real main window, shown and active; ``open_window(path, tab="closingTab")`` also opens a case
    (a path as the user opens it, or a CaseFile already open).

    ``tab`` is the object name of a page of the case tabs (openingTab, sessionTab,
    closingTab, followUpView), never its Dutch title.
    """
    from PySide6.QtWidgets import QApplication

    from casereview.ui.main_window import MainWindow

    def make(path: Path | CaseFile | None = None, *, tab: str | None = None) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        if isinstance(path, CaseFile):
            window.show_case(path)
        elif path is not None:
            window.open_path(path)
        if path is not None:
            assert window.context is not None, "the case did not open"
            window.activateWindow()  # opening swaps the central widget; shortcuts need the window active
            QApplication.processEvents()
        if tab is not None:
            select_tab(window, tab)
        return window

    return make


def select_tab(window, name: str) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
    """Show the case tab whose page has object name ``name``."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    tabs = window.findChild(QTabWidget, "caseTabs")
    page = tabs.findChild(QWidget, name)
    assert page is not None and tabs.indexOf(page) >= 0, f"no case tab {name}"
    tabs.setCurrentWidget(page)
