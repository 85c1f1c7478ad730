"""Running a service call from the window: one place for failures and for long work.

:func:`attempt` runs a quick call on the GUI thread; :func:`run_long` runs slow
work (an import, a Word export, encrypting, a copy) in a worker thread behind a
progress dialog, keeping the event loop turning, with a Cancel button when the
work can stop halfway. Both show a failure the same way (``describe``: the
translated sentence) and return an :class:`Outcome` instead of raising, so the
caller leaves what the user typed where it is. The services announce what they
changed through the case; :class:`~casereview.ui.case_context.CaseContext`
turns that into its ``changed`` signal for the views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from casereview.casefile.progress import OperationCancelled, Progress
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import describe, is_expected
from casereview.ui.operations.background import Operation
from casereview.ui.operations.unexpected_error import unexpected_message

T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """What a call gave: ``value`` when ``ok``; otherwise ``message`` says why (already shown)."""

    ok: bool
    value: T | None = None
    message: str = ""
    cancelled: bool = False
    error: BaseException | None = None


def show_failure(message: str, *, context: CaseContext | None, parent: QWidget | None, title: str) -> None:
    """In the status bar during the meeting (through the context), otherwise in a message box."""
    if context is not None and not title:
        context.errorRaised.emit(message)
    else:
        QMessageBox.warning(parent, title or "casereview", message)


def attempt(call: Callable[[], T], *, context: CaseContext | None = None, parent: QWidget | None = None,
            title: str = "", quiet: bool = False) -> Outcome[T]:
    """Run ``call`` now; a failure the user can act on is shown, a programming error still raises.

    Without ``title`` the message goes to the context's status line (calm, mid-meeting);
    with a title it is a message box with that title; ``quiet`` shows nothing (a dialog
    puts ``message`` next to the field instead).
    """
    try:
        return Outcome(True, call())
    except Exception as exc:
        if not is_expected(exc):
            raise
        message = describe(exc)
        if not quiet:
            show_failure(message, context=context, parent=parent, title=title)
        return Outcome(False, message=message, cancelled=isinstance(exc, OperationCancelled), error=exc)


def run_long(work: Callable[[Progress], T], *, parent: QWidget, title: str, label: str,
             context: CaseContext | None = None, cancellable: bool = False, quiet: bool = False,
             show_after_ms: int = 0) -> Outcome[T]:
    """Run ``work(progress)`` in a worker thread behind a progress dialog; wait without freezing the window.

    The blocking form of :mod:`.background`: the caller gets the outcome back as
    if the call were immediate, while the event loop keeps turning (timers,
    painting, the progress dialog). ``work`` must not touch widgets. While it
    runs the context is ``busy`` (the phase clock keeps counting but waits with
    writing). A cancelled run returns ``Outcome(ok=False, cancelled=True)`` and
    shows nothing: the user asked for it. An expected failure is shown in a
    message box titled ``title`` unless ``quiet`` (the caller decides, as with
    :func:`attempt`); a failure nothing expected is shown in the unexpected-error
    dialog and returned as a failed outcome. ``show_after_ms`` keeps the dialog
    away for work that is usually quick (opening a case), so it does not flash.
    """
    dialog = QProgressDialog(label, parent.tr("Annuleren") if cancellable else "", 0, 0, parent)
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setMinimumWidth(380)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)  # PySide6 accepts the None that hides it

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    loop = QEventLoop()
    operation = Operation(work, title=title, on_done=None, on_failed=None, on_cancelled=None,
                          on_progress=show_progress, on_finished=loop.quit, owner=None)
    dialog.canceled.connect(operation.cancel)
    if context is not None:
        context.set_busy(True)
    if show_after_ms <= 0:
        dialog.show()
    else:
        QTimer.singleShot(show_after_ms, dialog, lambda: dialog.show() if operation.running else None)
    operation.start()
    try:
        loop.exec()  # the end is posted to this thread, so it cannot arrive before the loop runs
    finally:
        if context is not None:
            context.set_busy(False)
        dialog.close()
        dialog.deleteLater()
    error = operation.error
    if error is None:
        return Outcome(True, operation.result)
    if isinstance(error, OperationCancelled):
        return Outcome(False, message=describe(error), cancelled=True, error=error)
    if not isinstance(error, Exception) or not is_expected(error):
        return Outcome(False, message=unexpected_message(), error=error)  # the dialog is already shown
    message = describe(error)
    if not quiet:
        show_failure(message, context=None, parent=parent, title=title)
    return Outcome(False, message=message, error=error)
