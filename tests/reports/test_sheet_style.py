"""Every agreement workbook prints: A4 landscape, one page wide, header row repeated, confidential header,
page numbers, one named font, rows tall enough for their wrapped text, drop-downs for fixed values."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from casereview.reports.afsprakenlijst import export_afsprakenlijst
from casereview.reports.agreements_sheet import export_agreements
from casereview.reports.colophon import update_colophon
from tests.findings.agreement_sheet_fixtures import owners_case


def _check_print_setup(sheet, title_part: str) -> None:
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and str(setup.paperSize) == "9"  # 9 = A4
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.oddHeader.left.text == "Vertrouwelijk"
    assert title_part in sheet.oddHeader.center.text
    assert "&P" in sheet.oddFooter.right.text and "&N" in sheet.oddFooter.right.text
    fonts = {cell.font.name for line in sheet.iter_rows() for cell in line if cell.value is not None}
    assert fonts == {"Calibri"}


@pytest.fixture
def case(tmp_path: Path):
    case, _ids = owners_case(tmp_path / "r.casereview")
    yield case
    case.close()


def test_agreements_workbook_prints_and_offers_lists(case, tmp_path: Path) -> None:
    out = export_agreements(case, tmp_path / "afspraken.xlsx")
    sheet = openpyxl.load_workbook(out)["Verbeterafspraken"]
    _check_print_setup(sheet, "Review gezin K.")
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert any(ref.startswith("H2") and "uitgevoerd" in formula for ref, formula in lists.items())  # status
    assert any(ref.startswith("F2") and "nieuwe maatregel" in formula for ref, formula in lists.items())  # soort
    action = sheet["B2"].value
    lines = -(-len(action) // (sheet.column_dimensions["B"].width - 1))
    assert sheet.row_dimensions[2].height >= 13.5 * lines


def test_owner_sheet_prints_and_says_what_to_do_and_where_it_goes(case, tmp_path: Path) -> None:
    update_colophon(case, chair_name="A. de Boer", chair_contact="a.deboer@example.nl")
    out = export_afsprakenlijst(case, tmp_path / "wijkteam.xlsx", "Wijkteam Noord")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Toelichting" and book.active.title == "Toelichting"
    guide = {row[0]: row[1] for row in book["Toelichting"].iter_rows(values_only=True)}
    assert guide["Voor"] == "Wijkteam Noord"
    assert guide["Terugsturen aan"] == "A. de Boer, a.deboer@example.nl"
    assert "gele kolommen" in guide["Wat vult u in"]
    _check_print_setup(book["Afspraken"], "Wijkteam Noord")
    _check_print_setup(book["Toelichting"], "Review gezin K.")
