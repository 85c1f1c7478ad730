"""Work in a worker thread whose results, progress and failures come back to the GUI thread.

The one way the window runs slow service calls (like Anki's ``QueryOp`` and
Picard's ``run_task``). The worker is a plain Python thread that runs
``work(progress)`` and never touches a QObject: everything it produces —
progress, the result, the exception — is handed to the GUI relay (:mod:`.gui_relay`), which
runs the callbacks on the GUI thread. So a callback can never build a widget in
the worker thread, and no thread object is parented to a widget that may die
before the work ends (the cause of the concept-sending crash: a message box
made in the worker because a plain function connected to the worker's signal
ran in the sender's thread).

:func:`run_in_background` is the non-blocking form (callbacks for done,
failed, cancelled and progress); :func:`~casereview.ui.operations.runner.run_long`
is the blocking form with a progress dialog, built on the same worker.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject

from casereview.casefile.progress import OperationCancelled, Progress
from casereview.ui.language.messages import describe, is_expected
from casereview.ui.operations.gui_relay import GuiRelay, gui_relay
from casereview.ui.operations.unexpected_error import report_unexpected, unexpected_message

T = TypeVar("T")

class WorkerProgress:
    """The :class:`Progress` a worker gets: notes a cancel, passes the latest step to the GUI thread.

    Steps are coalesced: however often the work reports, at most one update waits
    in the GUI thread's queue.
    """

    def __init__(self, relay: GuiRelay, show: Callable[[int, int], object] | None) -> None:
        self._relay = relay
        self._show = show
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def detach(self) -> None:
        """Stop showing progress (the one who watched is gone)."""
        self._show = None

    def step(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise OperationCancelled()
        if self._show is None:
            return
        with self._lock:
            waiting = self._latest is not None
            self._latest = (done, total)
        if not waiting:
            self._relay.post(self._deliver)

    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None and self._show is not None:
            self._show(*latest)


class Operation(Generic[T]):
    """A running piece of work as the GUI thread sees it: cancel it, discard it, wait for it.

    Exactly one of done/failed/cancelled runs on the GUI thread when the work
    ends, then ``on_finished`` — unless the operation was discarded (its owner
    closed, or a newer request made this result stale).
    """

    def __init__(self, work: Callable[[Progress], T], *, title: str,
                 on_done: Callable[[T], object] | None, on_failed: Callable[[str], object] | None,
                 on_cancelled: Callable[[], object] | None, on_progress: Callable[[int, int], object] | None,
                 on_finished: Callable[[], object] | None, owner: QObject | None) -> None:
        self.title = title
        self._relay = gui_relay()
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._on_finished = on_finished
        self._discarded = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._ended = False
        self.progress = WorkerProgress(self._relay, on_progress)
        self._thread = threading.Thread(target=self._run, name=f"casereview-{title or 'werk'}", daemon=True)
        if owner is not None:
            alive = weakref.ref(self)  # the owner's connection must not keep a finished operation alive
            owner.destroyed.connect(lambda *_: _discard(alive))

    def start(self) -> Operation[T]:
        _running.add(self)
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return not self._ended

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step (work without steps runs to its end)."""
        self.progress.cancel()

    def discard(self) -> None:
        """Cancel and forget the callbacks: the result is stale or nobody is left to show it to."""
        self._discarded = True
        self.progress.detach()
        self.progress.cancel()
        self._on_done = self._on_failed = self._on_cancelled = self._on_finished = None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread ended (closing a window); True when it did."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:  # the worker thread
        try:
            value = self._work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            error = exc

            def fail() -> None:
                self._end(None, error)

            self._relay.post(fail)
        else:
            self._relay.post(lambda: self._end(value, None))

    def _end(self, value: T | None, error: BaseException | None) -> None:  # the GUI thread
        self._ended = True
        _running.discard(self)
        self.result, self.error = value, error
        try:
            if error is None:
                if self._on_done is not None:
                    self._on_done(value)  # type: ignore[arg-type]  # no error: the work returned a T
            elif isinstance(error, OperationCancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif isinstance(error, Exception) and is_expected(error):
                if self._on_failed is not None:
                    self._on_failed(describe(error))
            else:
                report_unexpected(error, what=self.title)
                if self._on_failed is not None:
                    self._on_failed(unexpected_message())
        finally:
            if self._on_finished is not None:
                self._on_finished()


def _discard(alive: weakref.ReferenceType[Operation[Any]]) -> None:
    operation = alive()
    if operation is not None:
        operation.discard()


_running: set[Operation[Any]] = set()  # the operations whose worker may still post: kept alive until then


def run_in_background(work: Callable[[Progress], T], *, title: str = "",
                      on_done: Callable[[T], object] | None = None,
                      on_failed: Callable[[str], object] | None = None,
                      on_cancelled: Callable[[], object] | None = None,
                      on_progress: Callable[[int, int], object] | None = None,
                      on_finished: Callable[[], object] | None = None,
                      owner: QObject | None = None) -> Operation[T]:
    """Start ``work(progress)`` in a worker thread and return at once; the callbacks run on the GUI thread.

    ``work`` must not touch widgets or other Qt objects. ``on_failed`` gets the
    translated sentence of a failure the services expect; a failure nothing
    expected is logged and shown in the unexpected-error dialog (naming
    ``title``), then ``on_failed`` gets a short sentence saying so. When
    ``owner`` is destroyed the operation is discarded (cancelled, callbacks dropped).
    """
    return Operation(work, title=title, on_done=on_done, on_failed=on_failed, on_cancelled=on_cancelled,
                     on_progress=on_progress, on_finished=on_finished, owner=owner).start()
