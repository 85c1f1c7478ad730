"""Reading the tables of a Word report as raw tables.

Calamity reports hold prose and several tables (participants, a summary, the
feitenrelaas). Every top-level table is read; which one is the timeline is
decided by :mod:`casereview.timeline.importing.importer`. A cell merged down over rows is
repeated in each row it covers; a cell spanning several columns counts for its
first column only. Paragraphs within a cell are kept as separate lines.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table

from casereview.timeline.importing.archive_limits import check_archive
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError


def _cell_text(cell: object) -> str:
    paragraphs = [p.text.strip() for p in cell.paragraphs]  # type: ignore[attr-defined]
    return "\n".join(p for p in paragraphs if p)


def _table_rows(table: Table) -> list[list[object]]:
    rows: list[list[object]] = []
    for row in table.rows:
        cells: list[object] = [""] * row.grid_cols_before
        previous = None
        for cell in row.cells:
            tc = cell._tc
            cells.append("" if tc is previous else _cell_text(cell))
            previous = tc
        rows.append(cells)
    return rows


def read_docx(path: Path, *, shown_name: str | None = None) -> list[RawTable]:
    """One raw table per top-level table in the document body, numbered from 1.

    ``shown_name`` is the file name messages use when ``path`` is a conversion of the user's file.
    """
    name = shown_name or path.name
    check_archive(path, what="Het Word-document")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise TimelineImportError(
            code="import.word_unreadable", name=name, reason=type(exc).__name__) from exc
    tables: list[RawTable] = []
    try:
        for number, table in enumerate(document.tables, start=1):
            rows = _table_rows(table)
            tables.append(RawTable(kind="docx", label=f"tabel {number}", key=number, rows=rows,
                                   row_numbers=list(range(1, len(rows) + 1))))
    except Exception as exc:
        raise TimelineImportError(
            code="import.table_damaged", name=name, reason=type(exc).__name__) from exc
    if not tables:
        raise TimelineImportError(
            code="import.word_no_table", name=name)
    return tables
