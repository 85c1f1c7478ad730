from __future__ import annotations

import csv
import sys
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casereview.findings.agreements import add_agreement
from casereview.reports.agreements_sheet import HEADERS, export_agreements
from casereview.reports.safe_write import ExportError, NameLeakError

sys.path.insert(0, str(Path(__file__).parent))
from export_fixtures import TODAY, rich_case_copy  # noqa: E402


@pytest.fixture()
def case(tmp_path):
    c = rich_case_copy(tmp_path)
    add_agreement(c, action="=HYPERLINK(\"http://x\";\"klik\")", owner_person="-teamleider")
    yield c
    c.close()


def test_xlsx_has_a_row_per_agreement_with_real_dates(case, tmp_path) -> None:
    out = export_agreements(case, tmp_path / "afspraken.xlsx", pseudonymise=True, today=TODAY)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert len(rows) == 5
    first = dict(zip(HEADERS, rows[1]))
    assert first["Uiterlijk"] == datetime(2026, 9, 1)
    assert first["Status"] == "in uitvoering" and first["Te laat"] == "ja"
    assert first["Laatste voortgang"] == "Moeder's casus gebruikt als voorbeeld in de scholing."
    assert first["Review"] == "Casusreview familie X"
    assert dict(zip(HEADERS, rows[2]))["Reden status"] == "geen budget voor aanpassing van het systeem"
    formula_cell = sheet.cell(row=5, column=2)
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("=HYPERLINK")
    assert out.stat().st_mode & 0o777 == 0o600


def test_csv_opens_in_dutch_excel(case, tmp_path) -> None:
    out = export_agreements(case, tmp_path / "afspraken.csv", pseudonymise=True, today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(HEADERS)
    assert len(rows) == 5
    assert rows[1][3] == "01-09-2026"
    assert rows[4][1].startswith("'=HYPERLINK") and rows[4][2] == "'-teamleider"


def test_names_are_checked_and_nothing_written(case, tmp_path) -> None:
    target = tmp_path / "afspraken.xlsx"
    with pytest.raises(NameLeakError) as err:
        export_agreements(case, target, pseudonymise=False, today=TODAY)
    assert "afspraak 1" in err.value.places and "Noor" not in err.value.names
    assert not target.exists()


def test_wrong_suffix(case, tmp_path) -> None:
    with pytest.raises(ExportError) as err:
        export_agreements(case, tmp_path / "afspraken.ods")
    assert ".ods" in str(err.value)
