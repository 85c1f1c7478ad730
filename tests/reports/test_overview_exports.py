"""The big matrix (.xlsx) and the jaaroverzicht (.docx) across cases: pseudonyms per case, the leak check."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from overview_fixtures import code_id, snapshot

from casereview.casefile.case_file import open_case
from casereview.cli import main
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion
from casereview.overview.figures import overview_of
from casereview.reports.jaaroverzicht import export_jaaroverzicht
from casereview.reports.overview_matrix import HEADERS, export_matrix
from casereview.reports.safe_write import NameLeakError

AS_OF = date(2024, 6, 1)


def test_matrix_has_every_agreement_once_with_pseudonyms(case_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "matrix.xlsx"
    before = snapshot(case_folder)
    assert main(["overview", str(case_folder), "--as-of", "2024-06-01", "--export", str(out), "--cite", "titel"]) == 0
    assert snapshot(case_folder) == before
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    body = rows[1:]
    assert len(body) == 7  # the copy of the school review does not add its agreements twice
    # "Vos" alone is the surname of the listed "Jan Vos": the title names the family, so it is replaced too.
    assert sorted(r[0] for r in body) == ["Oude review 2022", "Review 2025 in bewerking", "Review school 2024",
                                          "Review school 2024", "Review school 2024", "Review vader 2023",
                                          "Review vader 2023"]
    late = [r[2] for r in body if r[7] == "ja"]
    assert late == ["Verwijsindex gebruiken; vader krijgt bericht", "Nieuwe training onderbuikgevoel"]
    signal_row = next(r for r in body if r[2].startswith("Verwijsindex"))
    assert signal_row[4] == "Vader" and signal_row[11] == "Signalen bundelen (verwijsindex, gezinsniveau)"
    assert signal_row[12] == "rd-signalen" and signal_row[5].date() == date(2023, 9, 1)
    assert signal_row[9] == "keten"  # the level, where the follow-through work records it
    assert signal_row[10] == "nog niet gemeten"  # the effect: nobody has checked it yet
    assert not any("Jan Vos" in str(v) for r in rows for v in r)


def test_a_name_from_another_cases_list_is_refused(case_folder: Path, tmp_path: Path) -> None:
    with open_case(case_folder / "2024" / "school.casereview") as case:
        add_agreement(case, action="Gesprek met Jan Vos over de overdracht")
        add_conclusion(case, "Jan Vos werd niet gehoord.", theme_ids=[code_id(case, "rd-continuiteit")])
    overview = overview_of([case_folder], as_of=AS_OF)
    for out, export in ((tmp_path / "m.xlsx", export_matrix), (tmp_path / "j.docx", export_jaaroverzicht)):
        with pytest.raises(NameLeakError) as err:
            export(overview, out)
        assert err.value.names == ["Jan Vos"] and "Jan Vos" not in str(err.value)
        assert "pseudoniemen van dat dossier" in str(err.value)
        assert not out.exists()
    assert main(["overview", str(case_folder), "--export", str(tmp_path / "j.docx")]) == 2


def test_jaaroverzicht_cites_cases_by_number_by_default(case_folder: Path, tmp_path: Path) -> None:
    out = export_jaaroverzicht(overview_of([case_folder], as_of=AS_OF), tmp_path / "jaar.docx")
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    tables = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == ["Reviews in deze periode", "Terugkerende thema's", "Stand van de afspraken",
                        "Terug na afronding", "Conclusies per terugkerend thema", "Wat ging goed"]
    assert "Periode: 2022–2025" in text and "4 reviews (1 in 2022, 1 in 2023, 1 in 2024, 1 in 2025)." in text
    assert "Review 2: De wijkteammedewerker bleef betrokken." in text
    for title in ("Review Vos 2023", "Oude review 2022", "Review school 2024"):
        assert title not in text and title not in tables
    assert "samenwerking met School\n2\n2\n0" in tables
    assert "te laat (open of in uitvoering, datum verstreken)\n2" in tables
    assert "Review 1: Veiligheidsplan met ouders" in tables  # done in 2022, the theme came back later
    assert len(doc.inline_shapes) == 1


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils is not installed")
def test_jaaroverzicht_converts_in_libreoffice(case_folder: Path, tmp_path: Path) -> None:
    out = export_jaaroverzicht(overview_of([case_folder], as_of=AS_OF), tmp_path / "jaar.docx", cite="titel")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "jaar.pdf"
    pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert int(next(line.split()[1] for line in pages.splitlines() if line.startswith("Pages:"))) >= 3
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Jaaroverzicht casusreviews" in text and "Wat ging goed" in text and "Review vader 2023" in text


def test_matrix_of_an_old_file_with_control_characters_and_formulas_is_all_text(case_folder: Path,
                                                                                 tmp_path: Path) -> None:
    """An old case file with a control character (once an IllegalCharacterError traceback) and a formula."""
    import sqlite3

    path = case_folder / "2024" / "school.casereview"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE agreement SET action = ? WHERE id = (SELECT min(id) FROM agreement)",
                     ("\x02=HYPERLINK(\"http://x\";\"klik\")\x1b",))
    finally:
        conn.close()
    out = tmp_path / "matrix.xlsx"
    assert main(["overview", str(case_folder), "--as-of", "2024-06-01", "--export", str(out), "--cite", "titel"]) == 0
    cells = [cell for row in load_workbook(out).active.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(c.value == "=HYPERLINK(\"http://x\";\"klik\")" for c in cells)
