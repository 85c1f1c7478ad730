"""Starting the Qt application: one QApplication, translations, the main window."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from casereview import settings
from casereview.case_file import open_case
from casereview.model import CaseFileError
from casereview.paths import resources_dir
from casereview.ui.main_window import MainWindow

STYLE = """
QWidget { font-size: 11pt; }
QTableView, QListView { selection-background-color: #cfe0f5; selection-color: #111; }
QTabBar::tab { padding: 6px 14px; }
"""


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("casereview")
    app.setOrganizationName("casereview")
    app.setStyleSheet(STYLE)
    install_translation(app, settings.get("language"))
    return app


def install_translation(app: QApplication, language: str) -> None:
    """Dutch is written in the source; other languages come from compiled .qm files."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    if language and language != "nl":
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "translations" / f"casereview_{language}.qm")):
            app.installTranslator(translator)


def run(path: Path | None, *, smoke: bool = False, follow_up: bool = False) -> int:
    started = time.perf_counter()
    app = application()
    window = MainWindow()
    window.show()
    if path is not None:
        if smoke:
            try:
                window.show_case(open_case(path))
            except CaseFileError as exc:
                print(f"casereview: {exc}", file=sys.stderr)
                return 2
        else:
            window.open_path(path)
        if follow_up:
            window.show_follow_up()
    if smoke:

        def finish() -> None:
            window.repaint()
            elapsed = (time.perf_counter() - started) * 1000
            print(f"Geladen en getekend in {elapsed:.0f} ms")
            if window.case_view is not None and window.case_view.tabs.currentWidget() is window.case_view.follow_up:
                print(window.case_view.follow_up.summary_text())
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)
    return app.exec()
