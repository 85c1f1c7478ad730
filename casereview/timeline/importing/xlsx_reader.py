"""Reading the sheets of an Excel workbook as raw tables.

openpyxl's read-only mode is several times faster on large sheets but does
not expose merged cells, so the merge ranges are read from the sheet XML
directly. A value merged down over several rows (one date for three events,
one organisation for a block) is copied into every row it covers; a value
merged across columns stays in its first column only, so a wide description
does not also become the source.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from casereview.timeline.importing.archive_limits import cap_cell, check_archive
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def _merge_ranges(path: Path, sheet_xml: str) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every merged range, 1-based."""
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read(sheet_xml)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    ranges = []
    for match in _MERGE.finditer(data):
        bounds = range_boundaries(match.group(1).decode("ascii"))
        if None not in bounds:
            ranges.append(bounds)  # type: ignore[arg-type]
    return ranges


def _fill_merged(rows: list[list[object]], ranges: list[tuple[int, int, int, int]]) -> None:
    for min_col, min_row, _max_col, max_row in ranges:
        if min_row > len(rows) or min_row == max_row:
            continue
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        for r in range(min_row + 1, min(max_row, len(rows)) + 1):
            row = rows[r - 1]
            if len(row) < min_col:
                row.extend([None] * (min_col - len(row)))
            row[min_col - 1] = value


def read_xlsx(path: Path) -> list[RawTable]:
    """One raw table per sheet, rows numbered as Excel numbers them."""
    check_archive(path, what="De Excel-werkmap")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise TimelineImportError(
            f"De Excel-werkmap '{path.name}' kan niet worden gelezen (beschadigd of geen echte .xlsx): "
            f"{type(exc).__name__}. Open het bestand in Excel en sla het opnieuw op.") from exc
    tables: list[RawTable] = []
    try:
        for sheet in workbook.worksheets:
            table = RawTable(kind="xlsx", label=f"blad '{sheet.title}'", key=sheet.title)
            if not hasattr(sheet, "iter_rows"):  # a chart sheet holds no cells
                tables.append(table)
                continue
            sheet.reset_dimensions()
            rows = [[cap_cell(v) for v in r] for r in sheet.iter_rows(values_only=True)]
            _fill_merged(rows, _merge_ranges(path, getattr(sheet, "_worksheet_path", "")))
            table.rows = rows
            table.row_numbers = list(range(1, len(rows) + 1))
            tables.append(table)
    except TimelineImportError:
        raise
    except Exception as exc:
        raise TimelineImportError(
            f"De Excel-werkmap '{path.name}' is beschadigd en kan niet helemaal worden gelezen "
            f"({type(exc).__name__}). Open het bestand in Excel en sla het opnieuw op.") from exc
    finally:
        workbook.close()
    if not tables:
        raise TimelineImportError(f"De Excel-werkmap '{path.name}' bevat geen werkbladen.")
    return tables
