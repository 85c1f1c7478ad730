"""What every view of an open case shares: the case, its undo stack and change signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from casereview.casefile.case_file import CaseFile
from casereview.ui.language.messages import describe


class CaseContext(QObject):
    """The open case as Qt sees it.

    Signals:
        changed(str): a service committed a change of this entity kind
            ("event", "contribution", "agreement", ...); views refresh if it concerns them.
        currentPhaseChanged(int): the chair moved to another phase (step id, 0 for none).
        selectedEventChanged(int): an event was selected in the table or chart (0 for none).
        errorRaised(str): a service refused an edit or failed; the window shows the (translated) message.
        busyChanged(bool): long work runs in a worker thread (views wait with writing) or has ended.
        readOnlyEntered(str): the case stopped writing while open (the file was replaced, or someone
            took the lock over); the (translated) message says why. Always on the GUI thread.

    A change made by work in a worker thread reaches the views on the GUI thread.
    """

    changed = Signal(str)
    currentPhaseChanged = Signal(int)
    selectedEventChanged = Signal(int)
    errorRaised = Signal(str)
    busyChanged = Signal(bool)
    readOnlyEntered = Signal(str)
    _changedInWorker = Signal(str)

    def __init__(self, case: CaseFile, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.undo_stack = QUndoStack(self)
        self._current_phase_id = 0
        self._selected_event_id = 0
        self._busy = False
        self._gui_thread = threading.get_ident()
        self._changedInWorker.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self.changed.connect(self._on_changed)
        case.subscribe(self._on_case_changed)

    def _on_changed(self, entity: str) -> None:
        if entity == "read_only" and self.case.stopped is not None:
            self.readOnlyEntered.emit(describe(self.case.stopped))

    def _on_case_changed(self, entity: str) -> None:
        if threading.get_ident() == self._gui_thread:
            self.changed.emit(entity)
        else:
            self._changedInWorker.emit(entity)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @property
    def current_phase_id(self) -> int:
        return self._current_phase_id

    def set_current_phase(self, step_id: int) -> None:
        if step_id != self._current_phase_id:
            self._current_phase_id = step_id
            self.currentPhaseChanged.emit(step_id)

    @property
    def selected_event_id(self) -> int:
        return self._selected_event_id

    def select_event(self, event_id: int) -> None:
        if event_id != self._selected_event_id:
            self._selected_event_id = event_id
            self.selectedEventChanged.emit(event_id)

    def report(self, error: BaseException) -> None:
        """Show a failure in the status line, worded in the interface language."""
        self.errorRaised.emit(describe(error))

    def close(self) -> None:
        self.case.unsubscribe(self._on_case_changed)
        self.undo_stack.clear()
