"""`export --kind afsprakenlijst|kalender`, `update-agreements [--dry-run]` and the new `info` keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casereview.cli import main
from casereview.findings.agreements import get_agreement
from casereview.findings.effect_checks import add_effect_check
from casereview.vocabulary import AgreementStatus
from tests.findings.agreement_sheet_fixtures import owners_case


def test_export_fill_update_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.casereview"
    case, ids = owners_case(path)
    add_effect_check(case, ids["school"], "works", on=date(2026, 10, 1))
    case.close()
    sheet = tmp_path / "school.xlsx"
    assert main(["export", str(path), "--kind", "afsprakenlijst", "--party", "Basisschool De Linde",
                 "-o", str(sheet)]) == 0
    book = load_workbook(sheet)
    assert book["Afspraken"]["G2"].value == "werkt"
    book["Afspraken"]["F2"].value = "uitgevoerd"
    book.save(sheet)
    assert main(["update-agreements", str(path), str(sheet), "--dry-run"]) == 0
    assert "status 'open' → 'uitgevoerd'" in capsys.readouterr().out
    from casereview.casefile.case_file import open_case
    with open_case(path, read_only=True) as check:
        assert get_agreement(check, ids["school"]).status == AgreementStatus.OPEN
    assert main(["update-agreements", str(path), str(sheet)]) == 0
    assert "1 wijziging overgenomen" in capsys.readouterr().out
    with open_case(path, read_only=True) as check:
        assert get_agreement(check, ids["school"]).status == AgreementStatus.DONE

    book["Afspraken"]["F2"].value = "bijna"
    book.save(sheet)
    assert main(["update-agreements", str(path), str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "Blad 'Afspraken', rij 2, kolom F (Status): 'bijna' is geen status" in err and "Traceback" not in err

    assert main(["export", str(path), "--kind", "kalender", "-o", str(tmp_path / "a.ics")]) == 0
    assert (tmp_path / "a.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert main(["export", str(path), "--kind", "afsprakenlijst", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "--party" in capsys.readouterr().err

    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["effect_checks"] == 1
    assert info["agreements_per_level"] == {"team": 1, "organisation": 1, "chain": 1, "municipality": 0,
                                            "national": 0, "none": 0}
