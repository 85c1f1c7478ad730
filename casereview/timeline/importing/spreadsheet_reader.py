"""Reading the sheets of a workbook (.xlsx, .xls or .ods) as raw tables, with python-calamine.

calamine (Rust) reads all three formats with one API and is about twelve
times faster than openpyxl's read-only mode on a 20,000-row .xlsx (measured:
0.20 s against 2.4 s), while it still gives real dates and times, the sheet
names in order and, for .xlsx and .xls, the merged ranges. For .ods the
merged ranges come from the sheet XML (:mod:`.odf_reader`). A value merged
down over several rows (one date for three events, one organisation for a
block) is copied into every row it covers; a value merged across columns
stays in its first column only, so a wide description does not also become
the source.
"""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from casereview.timeline.importing.archive_limits import cap_cell, check_archive
from casereview.timeline.importing.merged_cells import Merge, fill_merged
from casereview.timeline.importing.odf_reader import spreadsheet_merges
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError

_APPS = {"xlsx": "Excel", "xls": "Excel", "ods": "LibreOffice Calc"}

def read_workbook(path: Path, fmt: str) -> list[RawTable]:
    """One raw table per sheet, rows numbered as the spreadsheet program numbers them."""
    app = _APPS.get(fmt, "Excel")
    check_archive(path, what="De werkmap")
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error kinds on damaged files
        raise TimelineImportError(
            code="import.workbook_unreadable", name=path.name, fmt=fmt, reason=type(exc).__name__, app=app) from exc
    ods_merges: dict[str, list[Merge]] = {}
    if fmt == "ods":
        ods_merges = spreadsheet_merges(path)
    tables: list[RawTable] = []
    try:
        kinds = {m.name: str(m.typ) for m in workbook.sheets_metadata}
        for name in workbook.sheet_names:
            table = RawTable(kind="xlsx", label=f"blad '{name}'", key=name)
            tables.append(table)
            if "WorkSheet" not in kinds.get(name, "WorkSheet"):  # a chart sheet holds no cells
                continue
            sheet = workbook.get_sheet_by_name(name)
            rows: list[list[object]] = [[cap_cell(v) for v in r] for r in sheet.to_python(skip_empty_area=False)]
            merges = ods_merges.get(name, []) if fmt == "ods" else [
                (a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            fill_merged(rows, merges)
            table.rows = rows
            table.row_numbers = list(range(1, len(rows) + 1))
    except TimelineImportError:
        raise
    except Exception as exc:
        raise TimelineImportError(
            code="import.workbook_damaged", name=path.name, reason=type(exc).__name__, app=app) from exc
    finally:
        workbook.close()
    if not tables:
        raise TimelineImportError(code="import.workbook_no_sheets", name=path.name)
    return tables
