"""How long work reports progress and notices a cancel, without knowing who is watching.

Services take a :class:`Progress` and call ``step(done, total)`` now and then;
when the user pressed Cancel, ``step`` raises :class:`OperationCancelled` (so a
service only needs to call it between pieces of work it can abandon). The
window passes one that drives a progress dialog; the command line and tests
pass :data:`NO_PROGRESS`.
"""

from __future__ import annotations

from typing import Protocol

from casereview.model.errors import OperationCancelled

__all__ = ["NO_PROGRESS", "OperationCancelled", "Progress", "ProgressShare"]


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` pieces are finished; raises OperationCancelled after a cancel."""


class _Silent:
    def step(self, done: int, total: int) -> None:
        return None


NO_PROGRESS: Progress = _Silent()


class ProgressShare:
    """One part of a larger piece of work, reported as its share of the whole: ``start`` to ``end`` of ``scale``.

    So a name search that counts to 1000 and then thirteen files that count to thirteen make one
    percentage that only moves forward, and a cancel is still noticed at every step of either.
    """

    def __init__(self, whole: Progress, start: int, end: int, scale: int = 100) -> None:
        self._whole = whole
        self._start, self._end, self._scale = start, end, scale

    def step(self, done: int, total: int) -> None:
        part = (self._end - self._start) * min(done, total) // total if total > 0 else 0
        self._whole.step(self._start + part, self._scale)
