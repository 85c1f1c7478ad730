"""Issue 11 §6 and §9: text Word or Excel cannot hold, and write failures in Dutch."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from casereview.casefile.case_file import CaseFile, WriteFailedError
from casereview.casefile.text_cleaning import clean_text
from casereview.cli import main
from casereview.findings.agreements import add_agreement, list_agreements
from casereview.model import CaseFileError
from casereview.reports.agreements_sheet import export_agreements
from casereview.reports.documents import export_document
from casereview.session.contributions import add_contribution, list_contributions
from casereview.session.procedure import update_case_details


def test_clean_text_keeps_line_breaks_and_drops_what_xml_refuses() -> None:
    assert clean_text("Titel\x0bregel 2\x01\ufffe\uffff") == "Titel\nregel 2"
    assert clean_text("half \ud800 teken") == "half \ufffd teken"
    assert clean_text("tab\tnewline\n") == "tab\tnewline\n"


def test_a_title_with_control_characters_still_exports(case: CaseFile, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    update_case_details(case, title="Review\x0bvan\x01 2026")
    assert case.case().title == "Review\nvan 2026"
    path = case.path
    case.close()
    assert main(["export", str(path), "-o", str(tmp_path / "v.docx")]) == 0, capsys.readouterr().err
    assert "Review" in "\n".join(p.text for p in docx.Document(str(tmp_path / "v.docx")).paragraphs)


def test_an_agreement_with_control_characters_exports_to_xlsx(case: CaseFile, tmp_path: Path) -> None:
    add_agreement(case, action="Bel\x01 de school\ufffe\uffff elke week", due_date=date(2027, 1, 1),
                  success_check="audit")
    assert list_agreements(case)[0].action == "Bel de school elke week"
    out = export_agreements(case, tmp_path / "a.xlsx")
    assert load_workbook(out).active.cell(2, 2).value == "Bel de school elke week"


def test_a_lone_surrogate_is_stored_not_raised(case: CaseFile) -> None:
    add_contribution(case, text="Geplakt uit Word: \udc80 einde", party_id=None)
    assert list_contributions(case)[0].text == "Geplakt uit Word: \ufffd einde"


def _put_raw(path: Path, sql: str, params: tuple) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def test_writers_are_safe_for_what_old_files_already_hold(case: CaseFile, tmp_path: Path) -> None:
    add_agreement(case, action="Oude afspraak", due_date=date(2027, 1, 1), success_check="audit")
    path = case.path
    case.close()
    _put_raw(path, 'UPDATE "case" SET title = ?', ("Oud\x0b\x01dossier\ufffe",))
    _put_raw(path, "UPDATE agreement SET action = ?", ("Oud\x02 tekst\uffff",))
    from casereview.casefile.case_file import open_case

    with open_case(path) as old:  # writable: an export first searches a never-searched case for names
        export_document(old, tmp_path / "oud.docx")
        export_agreements(old, tmp_path / "oud.xlsx")
    assert load_workbook(tmp_path / "oud.xlsx").active.cell(2, 2).value == "Oud tekst"
    assert docx.Document(str(tmp_path / "oud.docx")).core_properties.title == "Oud\ndossier"


def test_a_full_disk_is_a_dutch_case_file_error(case: CaseFile) -> None:
    def fill_up(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    add_contribution(case, text="Past nog.", party_id=None)
    event.listen(case.store.engine, "connect", fill_up)
    with pytest.raises(WriteFailedError) as err:
        add_contribution(case, text="Een lange bijdrage. " * 450, party_id=None)
    assert isinstance(err.value, CaseFileError)
    assert "schijf is vol" in str(err.value) and err.value.code == "write.disk_full" and "INSERT" not in str(err.value)
    event.remove(case.store.engine, "connect", fill_up)
    assert [c.text for c in list_contributions(case)] == ["Past nog."]
