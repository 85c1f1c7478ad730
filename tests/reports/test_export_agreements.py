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


def _plant_raw_action(path: Path, action: str) -> None:
    """An old case file (or one edited with another tool) holds text casereview would have cleaned."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE agreement SET action = ? WHERE action LIKE '=HYPERLINK%'", (action,))
    finally:
        conn.close()


@pytest.fixture()
def old_case(tmp_path):  # noqa: ANN001, ANN201
    from casereview.session.parties import list_parties

    c = rich_case_copy(tmp_path)
    add_agreement(c, action="=HYPERLINK(\"http://x\";\"klik\")", owner_person="teamleider",
                  owner_party_id=list_parties(c)[0].id)
    path = c.path
    c.close()
    _plant_raw_action(path, "\x01=cmd|' /C calc'!A0")
    from casereview.casefile.case_file import open_case

    with open_case(path) as reopened:
        yield reopened


def test_csv_cleans_a_control_character_before_escaping_the_formula(old_case, tmp_path) -> None:  # noqa: ANN001
    out = export_agreements(old_case, tmp_path / "afspraken.csv", pseudonymise=True, today=TODAY)
    rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[4][1] == "'=cmd|' /C calc'!A0"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_of_an_old_file_with_control_characters_is_written_as_text(old_case, tmp_path) -> None:  # noqa: ANN001
    out = export_agreements(old_case, tmp_path / "afspraken.xlsx", pseudonymise=True, today=TODAY)
    cell = load_workbook(out).active.cell(row=5, column=2)
    assert cell.data_type == "s" and cell.value == "=cmd|' /C calc'!A0"


def test_owner_sheet_writes_no_formula_on_any_sheet(old_case, tmp_path) -> None:  # noqa: ANN001
    """The hidden sheet held agreement text as a live formula; an old file's control character crashed it."""
    from casereview.reports.afsprakenlijst import export_afsprakenlijst
    from casereview.session.parties import list_parties

    party = list_parties(old_case)[0].name
    out = export_afsprakenlijst(old_case, tmp_path / "lijst.xlsx", party)
    book = load_workbook(out)
    texts = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in texts if c.data_type == "f"]
    assert any(c.value == "=cmd|' /C calc'!A0" and c.parent.sheet_state == "hidden" for c in texts)
