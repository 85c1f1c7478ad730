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

__all__ = ["NO_PROGRESS", "OperationCancelled", "Progress"]


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` pieces are finished; raises OperationCancelled after a cancel."""


class _Silent:
    def step(self, done: int, total: int) -> None:
        return None


NO_PROGRESS: Progress = _Silent()
