"""Undoable edits. Each command calls services; the case file is written at once
on redo and on undo, so the undo history never holds unsaved work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import SQLModel

from casereview.model import CaseFileError
from casereview.casefile.row_history import delete_row, restore_row, update_row
from casereview.ui.case_context import CaseContext


class _Command(QUndoCommand):
    """Reports a refused edit instead of raising inside Qt's event loop."""

    def __init__(self, context: CaseContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.failed = False

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except CaseFileError as exc:
            self.failed = True
            self.setObsolete(True)
            self.context.report(exc)


class AddRowCommand(_Command):
    """Add a row through a service; undo deletes it, redo puts the same row back."""

    def __init__(self, context: CaseContext, text: str, entity: str, model: type[SQLModel],
                 create: Callable[[], SQLModel]) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.model = model
        self.create = create
        self.row_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        def do() -> None:
            if self.snapshot is None:
                row = self.create()
                self.row_id = row.id  # type: ignore[attr-defined]
            else:
                restore_row(self.context.case, self.model, self.snapshot, self.entity)
        self._guard(do)

    def undo(self) -> None:
        if self.row_id is not None:
            self._guard(lambda: self._delete())

    def _delete(self) -> None:
        assert self.row_id is not None
        self.snapshot = delete_row(self.context.case, self.model, self.row_id, self.entity)


class DeleteRowCommand(_Command):
    def __init__(self, context: CaseContext, text: str, entity: str, model: type[SQLModel], row_id: int) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.model = model
        self.row_id = row_id
        self.snapshot: dict[str, Any] | None = None

    def redo(self) -> None:
        def do() -> None:
            self.snapshot = delete_row(self.context.case, self.model, self.row_id, self.entity)
        self._guard(do)

    def undo(self) -> None:
        if self.snapshot is not None:
            snapshot = self.snapshot
            self._guard(lambda: restore_row(self.context.case, self.model, snapshot, self.entity) and None)


class EditFieldsCommand(_Command):
    """Set fields on one row; undo restores the values it had before."""

    def __init__(self, context: CaseContext, text: str, entity: str, model: type[SQLModel], row_id: int,
                 values: dict[str, Any]) -> None:
        super().__init__(context, text)
        self.entity = entity
        self.model = model
        self.row_id = row_id
        self.values = values
        self.before: dict[str, Any] | None = None

    def redo(self) -> None:
        def do() -> None:
            self.before = update_row(self.context.case, self.model, self.row_id, self.entity, **self.values)
        self._guard(do)

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._guard(lambda: update_row(self.context.case, self.model, self.row_id, self.entity,
                                           **before) and None)


class ServiceCommand(_Command):
    """A pair of service calls that undo each other (used for imports, moves, status changes)."""

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
        self._guard(lambda: self._undo(result) and None)
