"""Running the overview's slow work (reading hundreds of files, writing an export) off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from casereview.model import CaseFileError
from casereview.overview.index import OverviewCancelled


class Job(QThread):
    """Runs ``work(progress, cancelled)`` in a thread; the signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except OverviewCancelled:
            self.cancelled.emit()
        except CaseFileError as exc:
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)
