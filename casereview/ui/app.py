"""Starting the Qt application: one QApplication, language, logging, the main window.

Only what the first window needs is imported here; python-docx, openpyxl and
matplotlib load when an export first asks for them (the window's timeline chart is
painted by Qt), so the window appears quickly on a municipality laptop.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from casereview import __version__, settings
from casereview.log import setup_logging
from casereview.paths import icon_file
from casereview.ui.language.translation import install_translation
from casereview.ui.style.stylesheet import apply_style
from casereview.ui.style.theme import LIGHT_THEME, apply_theme, stored_theme

log = logging.getLogger(__name__)

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("casereview")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("casereview")
    app.setDesktopFileName("casereview")
    apply_style(app)
    if stored_theme() != LIGHT_THEME:
        apply_theme(app, stored_theme())  # before any window is made: every widget starts in the chair's theme
    app.setWindowIcon(app_icon())
    install_translation(app, settings.language())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def forward_qt_messages() -> None:
    """Copy Qt's own warnings (a missing plugin in a frozen build, ...) into the log file, still on stderr."""
    qt_log = logging.getLogger("casereview.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        qt_log.log(level, "%s", message)
        if level >= logging.WARNING and sys.stderr is not None:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def end_of_start_up() -> None:
    """After the first paint: the objects of start-up live until the end, so the collector skips them
    from now on (also at exit, where scanning them cost ~0.3 s), and it runs again for the rest.

    ``casereview.__main__`` turned it off for start-up; a window opened some other way changes nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run(path: Path | None, *, smoke: bool = False, follow_up: bool = False) -> int:
    started = time.perf_counter()
    setup_logging()
    forward_qt_messages()
    log.info("casereview %s start (%s)", __version__, "smoke" if smoke else "gui")
    app = application()
    from casereview.ui.operations.unexpected_error import install_exception_hooks

    install_exception_hooks()  # after logging: an exception nothing caught is logged and shown, on any thread
    from casereview.ui.main_window import MainWindow
    from casereview.ui.operations.file_actions import open_in_background

    window = MainWindow(lazy_tabs=True)
    if path is not None and smoke:
        # Opened before the window shows (still in a worker thread): the start screen is never painted.
        opened = open_in_background(window, path)
        if not opened.ok or opened.value is None:
            print(f"casereview: {opened.message}", file=sys.stderr)
            return 2
        window.show_case(opened.value)
    window.show()
    if path is not None:
        if not smoke:
            window.open_path(path)
        if follow_up:
            window.show_follow_up()
    QTimer.singleShot(0, end_of_start_up)
    if smoke:
        # The window with the case and its table paints first; the finish waits until the
        # timeline chart (when the window has room for it) has really been painted on screen.
        window.repaint()
        print(f"Venster met dossier getekend na {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)

        def finish() -> None:
            window.repaint()
            chart = window.case_view.timeline.chart if window.case_view is not None else None
            shown = chart is not None and chart.isVisible() and chart.canvas.isVisible()
            if chart is not None and shown and not chart.canvas.paint_count:
                chart.canvas.painted.connect(finish, Qt.ConnectionType.SingleShotConnection)
                chart.canvas.update()
                return
            elapsed = (time.perf_counter() - started) * 1000
            what = "met tijdlijngrafiek" if shown else "tijdlijngrafiek niet in beeld"
            print(f"Geladen en getekend in {elapsed:.0f} ms ({what})", flush=True)
            if window.case_view is not None and window.case_view.following():
                print(window.case_view.follow_up.summary_text())
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)
    return app.exec()
