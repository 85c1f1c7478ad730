"""Snapshots of rows so a delete can be taken back with the same id."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import SQLModel

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError

T = TypeVar("T", bound=SQLModel)


def delete_row(case: CaseFile, model: type[T], row_id: int, entity: str) -> dict[str, Any]:
    """Delete one row and return what is needed to put it back."""
    with case.write(entity, "delete", f"#{row_id}") as s:
        row = s.get(model, row_id)
        if row is None:
            raise CaseFileError("Dit item bestaat niet meer.")
        data = row.model_dump()
        s.delete(row)
    return data


def restore_row(case: CaseFile, model: type[T], data: dict[str, Any], entity: str) -> T:
    with case.write(entity, "restore", f"#{data.get('id')}") as s:
        row = model.model_validate(data)
        s.add(row)
    return row


def update_row(case: CaseFile, model: type[T], row_id: int, entity: str, **values: Any) -> dict[str, Any]:
    """Set fields on one row; returns the previous values of those fields (for undo)."""
    with case.write(entity, "edit", f"#{row_id}: {', '.join(values)}") as s:
        row = s.get(model, row_id)
        if row is None:
            raise CaseFileError("Dit item bestaat niet meer.")
        before = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        s.add(row)
    return before
