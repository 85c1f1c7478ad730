"""Register work off the GUI thread: a share or a database server may take seconds to answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casereview.model import CaseFileError


class RegisterTask(QObject):
    """Runs ``work`` on the thread pool; ``done(result)`` or ``failed(message)`` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], Any], *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self) -> None:
        task = self

        class _Run(QRunnable):
            def run(self) -> None:
                try:
                    result = task._work()
                except CaseFileError as exc:
                    task.failed.emit(str(exc))
                except Exception as exc:  # a driver error we did not foresee: still a message, no crash
                    task.failed.emit(task.tr("Het register gaf een onverwachte fout: {0}").format(type(exc).__name__))
                else:
                    task.done.emit(result)

        QThreadPool.globalInstance().start(_Run())
