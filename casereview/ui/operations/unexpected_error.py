"""A failure nothing expected: logged, and shown to the chair in a calm dialog — never only logged.

The dialog says what failed, that what was already saved is kept (everything
typed is committed when entered) and where the log file is. Its details hold
only the exception's type and the code lines it passed (as the log does):
never the exception's message, which may quote case content.

:func:`install_exception_hooks` makes this the application's ``sys.excepthook``
and ``threading.excepthook``; a hook called on another thread hands the
exception to the GUI thread, which shows the dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from casereview.log import ContentFreeFormatter
from casereview.paths import log_file
from casereview.ui.operations.gui_relay import gui_relay

log = logging.getLogger("casereview.unexpected")

DIALOG_NAME = "unexpectedErrorDialog"
_CONTEXT = "unexpected"

TITLE = str(QT_TRANSLATE_NOOP("unexpected", "Onverwachte fout"))
SHORT = str(QT_TRANSLATE_NOOP("unexpected", "Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard."))
FAILED_AT = str(QT_TRANSLATE_NOOP("unexpected", "Er ging iets onverwachts mis bij: {0}."))
FAILED = str(QT_TRANSLATE_NOOP("unexpected", "Er ging iets onverwachts mis."))
NOTHING_LOST = str(QT_TRANSLATE_NOOP(
    "unexpected", "Wat al was opgeslagen, is niet verloren: alles wat u invoert, wordt direct vastgelegd. "
    "Probeer het nog eens; gebeurt het weer, stuur dan het logbestand naar uw beheerder. "
    "Het logbestand staat hier:\n{0}"))

_open_dialog: QMessageBox | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def unexpected_message() -> str:
    """The short sentence a status line shows after the dialog."""
    return tr(SHORT)


def content_free_details(error: BaseException) -> str:
    """Type and code locations only, as in the log file."""
    return ContentFreeFormatter().formatException((type(error), error, error.__traceback__))


def report_unexpected(error: BaseException, *, what: str = "", parent: QWidget | None = None) -> None:
    """Log ``error`` and show the dialog; callable from any thread (the dialog appears on the GUI thread)."""
    log.critical("Onverwachte fout%s", f" bij '{what}'" if what else "",
                 exc_info=(type(error), error, error.__traceback__))
    if threading.current_thread() is not threading.main_thread():
        gui_relay().post(lambda: _show_quietly(error, what, parent))
        return
    show_unexpected(error, what=what, parent=parent)


def show_unexpected(error: BaseException, *, what: str = "", parent: QWidget | None = None) -> QMessageBox | None:
    """The dialog, window-modal but not blocking (``open``); one at a time: a burst of failures shows one."""
    global _open_dialog
    if QApplication.instance() is None:
        return None
    if _open_dialog is not None:
        return _open_dialog
    if parent is None:
        parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName(DIALOG_NAME)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr(TITLE))
    box.setText(tr(FAILED_AT).format(what) if what else tr(FAILED))
    box.setInformativeText(tr(NOTHING_LOST).format(log_file()))
    box.setDetailedText(content_free_details(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(tr(TITLE))
    _open_dialog = box
    box.finished.connect(_forget_dialog)
    box.destroyed.connect(_forget_dialog)  # its window closed first
    box.open()
    return box


def _show_quietly(error: BaseException, what: str, parent: QWidget | None) -> None:
    show_unexpected(error, what=what, parent=parent)


def _forget_dialog(*_args: object) -> None:
    global _open_dialog
    _open_dialog = None


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if value.__traceback__ is None:
        value = value.with_traceback(tb)
    try:
        report_unexpected(value)
    except Exception:  # the dialog itself failed: at least the log and stderr have it
        log.exception("De foutmelding kon niet worden getoond")
    if sys.stderr is not None:
        print(f"casereview: onverwachte fout ({kind.__name__}); zie {log_file()}", file=sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    _excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hooks() -> None:
    """Make the dialog the application's answer to any exception that nothing caught, on any thread."""
    gui_relay()  # made now, on the GUI thread, so a worker's hook can reach it
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
