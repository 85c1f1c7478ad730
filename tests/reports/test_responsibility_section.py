"""The verslag's "Wie had de regie": the demo's six-week gap after the wijkteam closed, in a table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx

from casereview.casefile.case_file import create_case
from casereview.demo.demo_case import write_demo_case
from casereview.reports.documents import export_document


def _table(document: docx.document.Document, header: str) -> list[list[str]]:
    table = next(t for t in document.tables if header in [c.text for c in t.rows[0].cells])
    return [[c.text for c in row.cells] for row in table.rows]


def test_the_demo_verslag_shows_who_held_the_child_and_the_gap(tmp_path: Path) -> None:
    case = write_demo_case(tmp_path / "demo.casereview", today=date(2026, 11, 23))
    try:
        out = export_document(case, tmp_path / "verslag.docx", pseudonymise=True, today=date(2026, 11, 23))
    finally:
        case.close()
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    analysis = next(i for i, t in enumerate(headings) if t.endswith("Analyse"))
    regie = next(i for i, t in enumerate(headings) if t.endswith("Wie had de regie"))
    assert regie > analysis and headings[regie].startswith("4.")  # a section of the analysis chapter
    periods = _table(document, "Partij met de regie")
    assert ["15 april 2024 – 12 maart 2026", "Wijkteam Noord"] in periods
    assert ["23 april 2026 – nu", "Jeugdbescherming (GI)"] in periods
    gaps = _table(document, "Wat ontbrak")
    assert gaps[1:] == [["12 maart 2026 – 23 april 2026", "6 weken", "Wijkteam Noord", "Jeugdbescherming (GI)",
                         "overdracht zonder bevestigde start"]]


def test_a_timeline_without_hand_overs_has_no_such_section(tmp_path: Path) -> None:
    case = create_case(tmp_path / "leeg.casereview", "Leeg")
    try:
        out = export_document(case, tmp_path / "verslag.docx", pseudonymise=False, today=date(2026, 11, 23))
    finally:
        case.close()
    assert not any(p.text.endswith("Wie had de regie") for p in docx.Document(str(out)).paragraphs)


def test_the_demo_verslag_lists_the_moments_to_reassess_before_the_incident(tmp_path: Path) -> None:
    case = write_demo_case(tmp_path / "demo.casereview", today=date(2026, 11, 23))
    try:
        out = export_document(case, tmp_path / "verslag.docx", pseudonymise=True, today=date(2026, 11, 23))
    finally:
        case.close()
    rows = _table(docx.Document(str(out)), "Verandering")
    changes = [(r[1], r[2]) for r in rows[1:]]
    assert ("2025", "nieuwe partner") in changes  # the partner moved in early 2025
    assert ("22 mei 2025", "ontslag of einde van een behandeling") in changes
    assert all("juni 2026" not in when and "juli 2026" not in when for when, _c in changes)  # after the incident
