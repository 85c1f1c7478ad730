"""Writers for the timeline files the import tests feed in, and a case dump to compare."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from casereview.casefile.case_file import CaseFile

HEADER_NL = ["Datum", "Tijd", "Organisatie", "Gebeurtenis", "Bron"]


def write_csv(path: Path, rows: Sequence[Sequence[object]], *, delimiter: str = ";", encoding: str = "cp1252",
              bom: bool = False, prefix: str = "") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = (prefix + buffer.getvalue()).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]], *,
               merges: dict[str, Sequence[str]] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for ref in (merges or {}).get(name, ()):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def write_docx(path: Path, tables: Sequence[Sequence[Sequence[str]]], *, prose: bool = True) -> Path:
    """A report with a paragraph before each table; a cell text with '\\n' becomes several paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading("Calamiteitenonderzoek", level=1)
    for n, rows in enumerate(tables, start=1):
        if prose:
            document.add_paragraph(f"Hieronder volgt tabel {n} van het rapport.")
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                first, *rest = str(value).split("\n")
                cell.text = first
                for line in rest:
                    cell.add_paragraph(line)
    document.save(str(path))
    return path


def dump(case: CaseFile) -> list[str]:
    """Every statement needed to rebuild the file: equal dumps mean an unchanged case."""
    conn = sqlite3.connect(f"file:{case.path.as_posix()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def event_rows(case: CaseFile) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{case.path.as_posix()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM timelineevent ORDER BY id").fetchall()
    finally:
        conn.close()
