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

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from casereview.casefile.progress import OperationCancelled, Progress
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.messages import describe, is_expected

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


class _DialogProgress(QObject):
    """A :class:`Progress` for the worker thread: reports go to the dialog through a queued signal."""

    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def step(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise OperationCancelled()
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QThread):
    def __init__(self, work: Callable[[Progress], object], progress: _DialogProgress) -> None:
        super().__init__()
        self._work = work
        self._progress = progress
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.error = exc


def run_long(work: Callable[[Progress], T], *, parent: QWidget, title: str, label: str,
             context: CaseContext | None = None, cancellable: bool = False) -> Outcome[T]:
    """Run ``work(progress)`` in a worker thread behind a progress dialog; wait without freezing the window.

    ``work`` must not touch widgets. While it runs the context is ``busy`` (the
    phase clock keeps counting but waits with writing). A cancelled run returns
    ``Outcome(ok=False, cancelled=True)`` and shows nothing: the user asked for it.
    """
    progress = _DialogProgress()
    dialog = QProgressDialog(label, parent.tr("Annuleren") if cancellable else "", 0, 0, parent)
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(380)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    progress.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(progress.cancel)
    worker = _Worker(work, progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    if context is not None:
        context.set_busy(True)
    dialog.show()
    worker.start()
    try:
        if worker.isRunning():
            loop.exec()
        worker.wait()
    finally:
        if context is not None:
            context.set_busy(False)
        dialog.close()
        dialog.deleteLater()
    error = worker.error
    if error is None:
        return Outcome(True, worker.result)  # type: ignore[arg-type]
    if isinstance(error, OperationCancelled):
        return Outcome(False, message=describe(error), cancelled=True, error=error)
    if not isinstance(error, Exception) or not is_expected(error):
        raise error
    message = describe(error)
    show_failure(message, context=None, parent=parent, title=title)
    return Outcome(False, message=message, error=error)
