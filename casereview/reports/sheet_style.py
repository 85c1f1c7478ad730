"""The one look of casereview's agreement spreadsheets: header band, wrapped cells, dates, late rows.

Both the per-case sheet and the overview's matrix use it, so a quality officer who combines them
sees one style. openpyxl is imported here only when a sheet is styled.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from casereview.casefile.text_cleaning import clean_text

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet program compute a cell instead of showing it."""


def csv_text(value: str) -> str:
    """A CSV cell: cleaned first (a control character before "=" hid the formula), then escaped with "'"."""
    text = clean_text(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def append_row(sheet: Any, row: Sequence[object]) -> None:
    """Append to a workbook sheet: text cleaned (Excel refuses control characters) and always stored as text.

    Numbers and dates casereview wrote stay numbers and dates; a text never becomes a live
    formula, also on hidden sheets (an owner's "=HYPERLINK(…)" stays what it says).
    """
    sheet.append([clean_text(v) if isinstance(v, str) else v for v in row])
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"

HEADER_FILL = "1F3864"
LATE_FILL = "F8DCCB"


def style_agreement_sheet(sheet: Any, *, widths: Sequence[float], late_column: int, freeze: str) -> None:
    """Style a sheet whose first row holds the headers; ``late_column`` (0-based) says "ja" when overdue.

    Rows are written with :func:`append_row`, so no cell holds a formula.
    """
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wrap = Alignment(vertical="top", wrap_text=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = wrap
    late = PatternFill("solid", fgColor=LATE_FILL)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, date):
                cell.number_format = "DD-MM-YYYY"
            cell.alignment = wrap
        if line[late_column].value == "ja":
            line[late_column].fill = late
            line[late_column].font = Font(bold=True)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{max(sheet.max_row, 1)}"
