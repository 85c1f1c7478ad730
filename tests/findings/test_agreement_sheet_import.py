"""The afsprakenlijst round trip: export, fill in (openpyxl or LibreOffice Calc), read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casereview.findings.agreement_sheet_import import (
    SheetValidationError,
    apply_sheet,
    read_sheet,
    undo_sheet,
)
from casereview.findings.agreements import get_agreement, list_progress_notes, set_status
from casereview.findings.effect_checks import latest_effects
from casereview.model import CaseFileError
from casereview.reports.afsprakenlijst import export_afsprakenlijst
from casereview.vocabulary import AgreementStatus
from tests.findings.agreement_sheet_fixtures import owners_case

TODAY = date(2026, 11, 23)


def _export(tmp_path: Path):
    case, ids = owners_case(tmp_path / "r.casereview")
    out = export_afsprakenlijst(case, tmp_path / "wijkteam.xlsx", "wijkteam noord")
    return case, ids, out


def _fill(path: Path, rows: dict[int, dict[str, object]]) -> None:
    book = load_workbook(path)
    sheet = book["Afspraken"]
    columns = {"Status": 6, "Effect": 7, "Voortgang": 8, "Datum": 9, "Afspraak": 2, "id": 10}
    for row, values in rows.items():
        for name, value in values.items():
            sheet.cell(row, columns[name]).value = value
    book.save(path)


def test_export_is_protected_with_dropdowns_and_a_hidden_id(tmp_path: Path) -> None:
    case, ids, out = _export(tmp_path)
    book = load_workbook(out)
    sheet = book["Afspraken"]
    assert [c.value for c in sheet[1]][:4] == ["Nr", "Afspraak", "Uiterlijk", "Hoe weten we dat het gewerkt heeft"]
    assert sheet.max_row == 3  # only the two agreements of the wijkteam
    assert "Sanne" not in sheet["B2"].value and "moeder" in sheet["B2"].value
    assert sheet.freeze_panes == "A2"
    assert sheet.protection.sheet is True
    assert sheet.column_dimensions["J"].hidden is True
    assert {sheet.cell(2, 10).value, sheet.cell(3, 10).value} == {ids["formulier"], ids["triage"]}
    assert sheet["B2"].protection.locked and not sheet["F2"].protection.locked and not sheet["I2"].protection.locked
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert "uitgevoerd" in lists["F2:F3"] and "werkt deels" in lists["G2:G3"]
    assert {v.errorStyle for v in sheet.data_validations.dataValidation} == {"warning"}  # "gereed" may be typed
    assert book["casereview"].sheet_state == "hidden"
    with pytest.raises(CaseFileError, match="Bekende partijen"):
        export_afsprakenlijst(case, tmp_path / "x.xlsx", "Politie")


def _filled_changes(case, ids, out: Path) -> None:
    _fill(out, {2: {"Status": "gereed", "Effect": "werkt deels", "Voortgang": "Formulier in gebruik",
                    "Datum": date(2026, 11, 1)},
                3: {"Status": "in uitvoering", "Voortgang": "Concept klaar", "Datum": "15-11-2026"}})


def test_filled_sheet_applies_in_one_undoable_step(tmp_path: Path) -> None:
    case, ids, out = _export(tmp_path)
    _filled_changes(case, ids, out)
    plan = read_sheet(case, out, today=TODAY)
    assert not plan.conflicts
    assert {(c.agreement_id, c.what) for c in plan.changes} == {
        (ids["formulier"], "status"), (ids["formulier"], "effect"), (ids["formulier"], "note"),
        (ids["triage"], "status"), (ids["triage"], "note")}
    undo = apply_sheet(case, plan, out.name)
    assert get_agreement(case, ids["formulier"]).status == AgreementStatus.DONE
    assert get_agreement(case, ids["triage"]).status == AgreementStatus.IN_PROGRESS
    assert latest_effects(case)[ids["formulier"]].result == "partly"
    assert [n.noted_on for n in list_progress_notes(case, ids["triage"])] == [date(2026, 11, 15)]
    assert read_sheet(case, out, today=TODAY).changes == []  # reading it twice changes nothing more
    undo_sheet(case, undo)
    assert get_agreement(case, ids["formulier"]).status == AgreementStatus.OPEN
    assert latest_effects(case) == {} and list_progress_notes(case, ids["triage"]) == []


@pytest.mark.parametrize(("cells", "expected"), [
    ({3: {"id": 999}}, "rij 3, kolom J (id): afspraak 999 bestaat niet"),
    ({2: {"Afspraak": "Iets heel anders"}}, "rij 2, kolom B (Afspraak): de tekst van de afspraak is veranderd"),
    ({3: {"Status": "half klaar"}}, "rij 3, kolom F (Status): 'half klaar' is geen status"),
    ({2: {"Effect": "super"}}, "rij 2, kolom G (Effect): 'super' is geen effect"),
    ({3: {"Datum": "31-02-2026"}}, "rij 3, kolom I (Datum): '31-02-2026' bestaat niet als datum"),
    ({3: {"Datum": "morgen"}}, "rij 3, kolom I (Datum): 'morgen' is geen datum"),
])
def test_a_bad_sheet_changes_nothing(tmp_path: Path, cells, expected) -> None:
    case, ids, out = _export(tmp_path)
    _filled_changes(case, ids, out)
    _fill(out, cells)
    with pytest.raises(SheetValidationError) as err:
        read_sheet(case, out, today=TODAY)
    assert f"Blad 'Afspraken', {expected}" in str(err.value)
    assert get_agreement(case, ids["formulier"]).status == AgreementStatus.OPEN


def test_a_change_made_in_the_case_after_export_is_a_conflict(tmp_path: Path) -> None:
    case, ids, out = _export(tmp_path)
    set_status(case, ids["triage"], AgreementStatus.NOT_DONE, "Geen capaciteit")
    _filled_changes(case, ids, out)
    plan = read_sheet(case, out, today=TODAY)
    assert [(c.agreement_id, c.in_case, c.in_sheet) for c in plan.conflicts] == [
        (ids["triage"], "niet uitgevoerd", "in uitvoering")]
    apply_sheet(case, plan)
    assert get_agreement(case, ids["triage"]).status == AgreementStatus.NOT_DONE
    assert "Niet overgenomen" in plan.summary_lines()[-1]


def test_a_sheet_of_another_case_is_refused(tmp_path: Path) -> None:
    case, ids, out = _export(tmp_path)
    other, _ = owners_case(tmp_path / "ander.casereview")
    with pytest.raises(CaseFileError, match="ander dossier"):
        read_sheet(other, out, today=TODAY)


def test_a_sheet_resaved_by_libreoffice_calc_reads_the_same(tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice Calc is part of the test environment"
    case, ids, out = _export(tmp_path)
    _filled_changes(case, ids, out)
    resaved = tmp_path / "calc"
    resaved.mkdir()
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(resaved), str(out)],
                   check=True, capture_output=True, timeout=180)
    calc = resaved / out.name
    assert calc.read_bytes() != out.read_bytes()
    original = {(c.agreement_id, c.what, c.new, c.on) for c in read_sheet(case, out, today=TODAY).changes}
    assert {(c.agreement_id, c.what, c.new, c.on) for c in read_sheet(case, calc, today=TODAY).changes} == original
    apply_sheet(case, read_sheet(case, calc, today=TODAY))
    assert get_agreement(case, ids["formulier"]).status == AgreementStatus.DONE


def test_values_left_as_exported_are_no_conflict(tmp_path: Path) -> None:
    case, ids, _out = _export(tmp_path)
    from casereview.findings.effect_checks import add_effect_check
    add_effect_check(case, ids["formulier"], "works", on=date(2026, 10, 1))
    out = export_afsprakenlijst(case, tmp_path / "opnieuw.xlsx", "Wijkteam Noord")
    add_effect_check(case, ids["formulier"], "does_not_work", on=date(2026, 11, 1))
    set_status(case, ids["formulier"], AgreementStatus.IN_PROGRESS)
    _fill(out, {2: {"Voortgang": "Nog bezig", "Datum": date(2026, 11, 20)}})
    plan = read_sheet(case, out, today=TODAY)
    assert plan.conflicts == []
    assert [(c.what, c.new) for c in plan.changes] == [("note", "Nog bezig")]
    _fill(out, {2: {"Effect": "werkt deels"}})
    conflict = read_sheet(case, out, today=TODAY).conflicts
    assert [(c.what, c.in_case, c.in_sheet) for c in conflict] == [("effect", "werkt niet", "werkt deels")]


@pytest.mark.parametrize("bad_id", ["inf", "abc", "1e400", "-3", 2.5])
def test_an_id_that_is_no_number_is_named_not_a_traceback(tmp_path: Path, bad_id: object) -> None:
    case, ids, out = _export(tmp_path)
    _fill(out, {3: {"id": bad_id}})
    with pytest.raises(SheetValidationError) as err:
        read_sheet(case, out, today=TODAY)
    assert "Blad 'Afspraken', rij 3, kolom J (id)" in str(err.value) and "geen afspraaknummer" in str(err.value)


def test_a_bad_id_in_the_hidden_sheet_is_named_too(tmp_path: Path) -> None:
    case, _ids, out = _export(tmp_path)
    book = load_workbook(out)
    meta = book["casereview"]
    meta.cell(meta.max_row, 1).value = "inf"
    book.save(out)
    with pytest.raises(SheetValidationError) as err:
        read_sheet(case, out, today=TODAY)
    assert f"Verborgen blad 'casereview', rij {meta.max_row}, kolom A" in str(err.value)


def test_an_owners_sheet_cannot_change_another_partys_agreement(tmp_path: Path) -> None:
    """Issue 22 §4: a row with the school's agreement added to the wijkteam's sheet (visible and hidden)."""
    case, ids, out = _export(tmp_path)
    school = get_agreement(case, ids["school"])
    book = load_workbook(out)
    sheet, meta = book["Afspraken"], book["casereview"]
    row = sheet.max_row + 1
    for column, value in ((1, 9), (2, school.action), (6, "uitgevoerd"), (10, school.id)):
        sheet.cell(row, column).value = value
    meta.append([school.id, school.action, school.status, None, None])
    book.save(out)
    with pytest.raises(SheetValidationError) as err:
        read_sheet(case, out, today=TODAY)
    assert f"rij {row}, kolom J (id): afspraak {school.id} hoort niet bij" in str(err.value)
    assert get_agreement(case, ids["school"]).status == school.status


def test_a_sheet_with_a_cell_at_the_last_row_is_refused_before_loading(tmp_path: Path) -> None:
    """A 7 KB sheet with one cell at row 1,048,576 took 35 s and 2.3 GB; now it is refused at once."""
    case, _ids, out = _export(tmp_path)
    book = load_workbook(out)
    book["Afspraken"].cell(1_048_576, 1).value = "x"
    book.save(out)
    assert out.stat().st_size < 20_000
    with pytest.raises(CaseFileError, match="meer dan 10000 rijen"):
        read_sheet(case, out, today=TODAY)
