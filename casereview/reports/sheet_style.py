"""The one look of casereview's agreement spreadsheets: header band, wrapped cells, dates, late rows.

Both the per-case sheet and the overview's matrix use it, so a quality officer who combines them
sees one style. openpyxl is imported here only when a sheet is styled.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

HEADER_FILL = "1F3864"
LATE_FILL = "F8DCCB"


def style_agreement_sheet(sheet: Any, *, widths: Sequence[float], late_column: int, freeze: str,
                          text_formulas: bool = False, title: str = "",
                          choices: dict[int, Sequence[str]] | None = None) -> None:
    """Style a sheet whose first row holds the headers; ``late_column`` (0-based) says "ja" when overdue.

    ``text_formulas`` turns cells openpyxl took for formulas back into text (user text that starts
    with "=" must never compute in Excel). ``title`` goes into the printed page header; ``choices``
    (1-based column → values) become drop-down lists.
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
            if text_formulas and cell.data_type == "f":
                cell.data_type = "s"
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
    explicit_font(sheet)
    fit_row_heights(sheet, widths)
    print_setup(sheet, title=title)
    for column, values in (choices or {}).items():
        list_validation(sheet, column, values, sheet.max_row, prompt=str(sheet.cell(1, column).value or ""))


FONT_NAME = "Calibri"  # named on every cell: a cell without a font name prints in the viewer's default (often serif)
FONT_SIZE = 10
LINE_HEIGHT_POINTS = 13.5
CONFIDENTIAL = "Vertrouwelijk"


def explicit_font(sheet: Any) -> None:
    """One named font on every used cell, keeping each cell's bold and colour."""
    from openpyxl.styles import Font

    for line in sheet.iter_rows():
        for cell in line:
            old = cell.font
            cell.font = Font(name=FONT_NAME, size=FONT_SIZE, bold=old.bold, italic=old.italic, color=old.color)


def fit_row_heights(sheet: Any, widths: Sequence[float], *, first_row: int = 1) -> None:
    """Row heights that show all wrapped text: spreadsheets do not grow a row for text a program wrote.

    A column of width w holds about w - 1 characters of a 10 pt font on a line; hard line breaks count too.
    """
    for line in sheet.iter_rows(min_row=first_row):
        lines = 1
        for cell, width in zip(line, widths, strict=False):
            if cell.value is None or sheet.column_dimensions[cell.column_letter].hidden:
                continue
            per_line = max(width - 1, 1)
            count = sum(max(1, -(-len(part) // int(per_line))) for part in str(cell.value).split("\n"))
            lines = max(lines, count)
        sheet.row_dimensions[line[0].row].height = LINE_HEIGHT_POINTS * lines + 3


def print_setup(sheet: Any, *, title: str, header_rows: str = "1:1") -> None:
    """A4 landscape, one page wide, the header row on every page, "Vertrouwelijk" and the (pseudonymised)
    title in the page header, the page number in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = header_rows
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    header = sheet.oddHeader
    header.left.text = CONFIDENTIAL
    header.left.font = f"{FONT_NAME},Bold"
    header.center.text = title.replace("&", "&&")
    header.center.font = FONT_NAME
    footer = sheet.oddFooter
    footer.right.text = "Pagina &P van &N"
    footer.right.font = FONT_NAME


def list_validation(sheet: Any, column: int, choices: Sequence[str], last_row: int, *, prompt: str) -> None:
    """A drop-down of fixed values in ``column`` (1-based) from row 2; another value gets a warning, not a stop."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorStyle="warning", errorTitle="Onbekende waarde",
                                error="Kies liever een waarde uit de lijst.", promptTitle=prompt,
                                prompt="Kies uit de lijst.")
    letter = get_column_letter(column)
    validation.add(f"{letter}2:{letter}{max(last_row, 2)}")
    sheet.add_data_validation(validation)
