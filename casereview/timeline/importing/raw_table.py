"""The raw table every reader produces, and the error every reader raises.

Kept apart from :mod:`.sources` so the readers and the format dispatcher do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from casereview.model import CaseFileError


class TimelineImportError(CaseFileError):
    """The file cannot be imported at all; ``str()`` says which file and why, in Dutch."""


@dataclass
class RawTable:
    """One table as read: rows of cells plus the row number of each row in the source."""

    kind: str  # the shape: "csv", "xlsx" (a workbook of sheets: .xlsx, .xls, .ods) or "docx" (a document of tables)
    label: str  # how the user knows this table: "" for CSV, "blad 'Tijdlijn'", "tabel 2"
    key: str | int | None  # what selects it: None for CSV, sheet name, table number (1-based)
    rows: list[list[object]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)


def where(path: Path, table: RawTable | None = None) -> str:
    """'tijdlijn.xlsx' or 'tijdlijn.xlsx, blad 'Tijdlijn'' for messages."""
    if table is not None and table.label:
        return f"{path.name}, {table.label}"
    return path.name
