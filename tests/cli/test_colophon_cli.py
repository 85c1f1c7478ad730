"""``casereview colophon``: sets the verslag's colophon, prints it as JSON, and the verslag shows it."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from casereview.casefile.case_file import create_case
from casereview.cli import main
from casereview.reports.documents import export_document


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "r.casereview"
    create_case(target, "Review gezin K.").close()
    return target


def test_colophon_is_set_and_read_back_as_json(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["colophon", str(path), "--opdrachtgever", "Wethouder jeugd", "--voorzitter", "A. de Boer",
                 "--auteur", "A. de Boer", "--auteur", "K. Smit", "--versie", "1.0", "--status", "definitief",
                 "--vastgesteld", "2026-12-01", "--verzending", "Deelnemers", "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["authors"] == "A. de Boer\nK. Smit" and written["report_status"] == "final"
    assert main(["colophon", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == written


def test_a_bad_date_is_refused(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["colophon", str(path), "--vastgesteld", "1 december"]) != 0
    assert "JJJJ-MM-DD" in capsys.readouterr().err


def test_the_definitive_verslag_carries_colophon_and_signature_block(path: Path, tmp_path: Path) -> None:
    main(["colophon", str(path), "--opdrachtgever", "Wethouder jeugd", "--voorzitter", "A. de Boer",
          "--status", "definitief", "--vastgesteld", "2026-12-01", "--verzending", "Deelnemers aan de review"])
    from casereview.casefile.case_file import open_case

    with open_case(path) as case:
        out = export_document(case, tmp_path / "v.docx")
    document = docx.Document(str(out))
    colophon = next(t for t in document.tables if t.rows[0].cells[0].text == "Over dit verslag")
    fields = {r.cells[0].text: r.cells[1].text for r in colophon.rows[1:]}
    assert fields["Opdrachtgever"] == "Wethouder jeugd"
    assert fields["Versie en status"] == "Definitief" and fields["Vastgesteld op"] == "1 december 2026"
    assert fields["Verzendlijst"] == "Deelnemers aan de review"
    signatures = next(t for t in document.tables if t.rows[0].cells[0].text == "Rol")
    assert [r.cells[1].text for r in signatures.rows[1:]] == ["Wethouder jeugd", "A. de Boer"]
