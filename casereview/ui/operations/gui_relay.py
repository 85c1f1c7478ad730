"""Closures posted from any thread, run on the GUI thread in the order they were posted.

The one bridge from worker threads back to the window: the operations' workers and the
exception hook of a thread both post here, and nothing else of the GUI thread is touched.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

Closure = Callable[[], object]


class GuiRelay(QObject):
    """Runs closures posted from any thread on the GUI thread, in the order they were posted."""

    _pending = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._closures: list[Closure] = []
        self._pending.connect(self._run_pending, Qt.ConnectionType.QueuedConnection)

    def post(self, closure: Closure) -> None:
        """Safe from any thread: only a lock and a queued signal, no object of the GUI thread is touched."""
        with self._lock:
            self._closures.append(closure)
        self._pending.emit()

    @Slot()
    def _run_pending(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            try:
                closure()
            except Exception:  # a callback's bug: to the application's hook (the dialog); the others still run
                sys.excepthook(*sys.exc_info())


_relay_instance: GuiRelay | None = None


def gui_relay() -> GuiRelay:
    """The relay, made on the GUI thread the first time the window starts work."""
    global _relay_instance
    if _relay_instance is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("the operations relay must be created on the GUI thread")
        _relay_instance = GuiRelay()
    return _relay_instance
