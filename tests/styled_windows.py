"""The real main window as ``casereview`` starts it: styled, in a language, at a screen size, on a tab.

Screen-fit tests of several capabilities need the same window; each used to build it by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casereview.ui.language.translation import CaseReviewTranslator, install_translation, remove_translation
from casereview.ui.main_window import MainWindow
from casereview.ui.style.stylesheet import apply_style


def demo_path(folder: Path) -> Path:
    """The demo case written into ``folder``."""
    from casereview.demo.demo_case import write_demo_case

    case = write_demo_case(folder / "demo.casereview")
    path = case.path
    case.close()
    return path


@contextmanager
def styled_window(qtbot: QtBot, path: Path, *, size: tuple[int, int] = (1366, 768), tab: int | None = None,
                  language: str | None = None) -> Iterator[MainWindow]:
    """The styled window with ``path`` open at ``size`` (on ``tab``, in ``language``); the application's
    style, font and translation are put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translation(app, language) if language is not None else []
    if language == "en":
        assert any(isinstance(t, CaseReviewTranslator) for t in translators), "the English .qm did not load"
    font, sheet = app.font(), app.styleSheet()
    apply_style(app)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.show()
        window.open_path(path)
        window.resize(*size)
        assert window.case_view is not None
        if tab is not None:
            window.case_view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        yield window
    finally:
        window.close()
        app.setStyleSheet(sheet)
        app.setFont(font)
        if translators:
            remove_translation(app, translators)
