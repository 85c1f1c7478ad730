"""The verslag and the voortgang show level, success check, the latest effect and carry-forward history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import docx

from casereview.findings.effect_checks import add_effect_check
from casereview.findings.followup_agenda import set_terugkommoment
from casereview.findings.followup_decisions import carry_forward
from casereview.reports.documents import export_document
from tests.findings.agreement_sheet_fixtures import owners_case

TODAY = date.today()


def _text(path: Path) -> tuple[str, list[list[str]]]:
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    tables = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    return body, tables


def test_voortgang_and_verslag_show_effect_level_and_decisions(tmp_path: Path) -> None:
    case, ids = owners_case(tmp_path / "r.casereview")
    add_effect_check(case, ids["formulier"], "too_early", "net begonnen", on=TODAY - timedelta(days=60))
    add_effect_check(case, ids["formulier"], "partly", "zes van tien", on=TODAY - timedelta(days=2))
    carry_forward(case, ids["formulier"], TODAY + timedelta(days=90), "Nieuwe teamleider start later")
    set_terugkommoment(case, date(2027, 11, 1))
    body, tables = _text(export_document(case, tmp_path / "voortgang.docx", kind="voortgang", pseudonymise=True))
    assert ["Nr", "Afspraak", "Eigenaar", "Uiterlijk", "Status", "Effect"] in tables
    first = next(row for row in tables if row[0] == "1")
    assert first[1].endswith("\nNiveau: team") and first[5] == "werkt deels"
    assert "Terugkommoment: 1 november 2027" in body
    assert "werkt deels — zes van tien" in body and "nog niet te zeggen — net begonnen" in body
    assert body.index("werkt deels — zes van tien") < body.index("nog niet te zeggen — net begonnen")
    assert "Nieuwe teamleider start later" in body and "doorgeschoven van 1 september 2026" in body
    assert "Sanne" not in body

    _body, tables = _text(export_document(case, tmp_path / "verslag.docx", kind="verslag", pseudonymise=True))
    start = tables.index(next(r for r in tables if r[0] == "Afspraak 1"))
    fields = {row[0]: row[1] for row in tables[start + 1:start + 12] if len(row) >= 2}
    assert fields["Niveau"] == "team" and fields["Hoe weten we dat het werkt"] == "Steekproef van tien overdrachten"
    assert fields["Laatste effect"].startswith("werkt deels") and "zes van tien" in fields["Laatste effect"]
    assert "Nieuwe teamleider start later" in fields["Doorgeschoven"]
