"""Undoable edits. Each command calls services; the case file is written at once
on redo and on undo, so the undo history never holds unsaved work.

The commands know no tables: a service does the change and returns what its
undo needs (the previous values, or everything a delete took with it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from casereview.casefile.row_history import restore_state
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import attempt


class _Command(QUndoCommand):
    """Reports a refused or failed edit (through :func:`attempt`) instead of raising inside Qt's event loop."""

    def __init__(self, context: CaseContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.failed = False

    def _guard(self, action: Callable[[], object]) -> None:
        if not attempt(action, context=self.context).ok:
            self.failed = True
            self.setObsolete(True)


class ServiceCommand(_Command):
    """A pair of service calls that undo each other: ``undo(result of do)``."""

    def __init__(self, context: CaseContext, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> None:
        super().__init__(context, text)
        self._do = do
        self._undo = undo
        self._result: Any = None

    def redo(self) -> None:
        def do() -> None:
            self._result = self._do()
        self._guard(do)

    def undo(self) -> None:
        result = self._result
        self._guard(lambda: self._undo(result))


class AddCommand(_Command):
    """Add something through a service; undo deletes it (keeping all it took along), redo puts it back."""

    def __init__(self, context: CaseContext, text: str, create: Callable[[], Any], remove: Callable[[int], Any],
                 restore: Callable[[Any], Any]) -> None:
        super().__init__(context, text)
        self._create = create
        self._remove = remove
        self._restore = restore
        self.row_id: int | None = None
        self._removed: Any = None

    def redo(self) -> None:
        def do() -> None:
            if self._removed is None:
                self.row_id = self._create().id
            else:
                self._restore(self._removed)
                self._removed = None
        self._guard(do)

    def undo(self) -> None:
        if self.row_id is not None:
            row_id = self.row_id

            def do() -> None:
                self._removed = self._remove(row_id)
            self._guard(do)


class StateCommand(_Command):
    """An edit of a small list (agenda, ground rules, questions, case details): undo returns to before.

    ``capture`` is a service call that records the list; ``change`` makes the edit.
    """

    def __init__(self, context: CaseContext, text: str, capture: Callable[[], Any], change: Callable[[], Any]) -> None:
        super().__init__(context, text)
        self._capture = capture
        self._change = change
        self._before: Any = None
        self._after: Any = None

    def redo(self) -> None:
        if self._before is None:
            def do() -> None:
                before = self._capture()
                self._change()
                self._after = self._capture()
                self._before = before
            self._guard(do)
        else:
            after = self._after
            self._guard(lambda: restore_state(self.context.case, after))

    def undo(self) -> None:
        if self._before is not None:
            before = self._before
            self._guard(lambda: restore_state(self.context.case, before))


class DoneCommand(_Command):
    """Work already done (in a worker thread, see :func:`~casereview.ui.operations.runner.run_long`):
    the first redo records it, undo and redo then call the services that take it back and put it back."""

    def __init__(self, context: CaseContext, text: str, result: Any, undo: Callable[[Any], Any],
                 redo: Callable[[Any], Any]) -> None:
        super().__init__(context, text)
        self.result = result
        self._undo_call = undo
        self._redo_call = redo
        self._done = True
        self._undone: Any = None

    def redo(self) -> None:
        if self._done:
            return
        undone = self._undone

        def do() -> None:
            self._redo_call(undone)
            self._done = True
        self._guard(do)

    def undo(self) -> None:
        def do() -> None:
            self._undone = self._undo_call(self.result)
            self._done = False
        self._guard(do)


def push_edit(context: CaseContext, text: str, capture: Callable[[], Any], change: Callable[[], Any]) -> bool:
    """Make ``change`` as one undo step that returns to ``capture()``'s state; False when refused (shown)."""
    command = StateCommand(context, text, capture, change)
    context.undo_stack.push(command)
    return not command.failed
