"""Timelines saved by LibreOffice and odfpy (.ods, .xls, .odt, .doc, .rtf) give the same events as .xlsx and .docx.

The files are made in the test by LibreOffice itself (headless, own profile), as a municipality would send them.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, time
from pathlib import Path

import pytest
from import_support import write_docx, write_xlsx

from casereview import libreoffice
from casereview.casefile.case_file import CaseFile, create_case
from casereview.timeline.events import list_events
from casereview.timeline.importing.importer import TimelineImportError, import_timeline, read_preview

SHEET = [
    ["Feitenrelaas casus Vos", None, None, None],
    [None, None, None, None],
    ["Datum", "Tijd", "Instantie", "Omschrijving"],
    [datetime(2019, 3, 4), time(14, 30), "Veilig Thuis", "Melding door school"],
    ["april 2019", None, "Jeugdteam", "Gesprek met moeder"],
    [None, None, None, "Tweede gesprek dezelfde maand"],  # date and party merged down from the row above
    [2020, None, "Gemeente Noord", "Verhuizing"],
    [44000, None, "GGD", "Datum als getal"],
    ["week 12 2020", None, "Politie", "Huisbezoek"],
]
DOC_TABLES = [
    [["Naam", "Functie"], ["A. Jansen", "voorzitter"]],
    [["Datum", "Organisatie", "Gebeurtenis", "Bron"],
     ["04-03-2019", "Veilig Thuis", "Melding door school", "meldformulier"],
     ["april 2019", "Jeugdteam", "Gesprek met moeder\nmoeder was boos", "verslag"],
     ["Q3 2020", "Gemeente Noord", "Verhuizing", ""]],
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory):
    """Convert a file with the installed LibreOffice (one profile for the module, so it starts once)."""
    program = libreoffice.find_office()
    assert program is not None, "LibreOffice must be installed for these tests (apt-get install libreoffice-calc)"
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(path: Path, fmt: str) -> Path:
        out = path.parent / f"conv-{fmt}"
        subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
                        "--outdir", str(out), str(path)], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = out / f"{path.stem}.{fmt}"
        assert made.is_file()
        return made

    return convert


def _events(tmp_path: Path, path: Path, **options: object) -> list[tuple[object, ...]]:
    case: CaseFile = create_case(tmp_path / f"{path.name}.casereview", "Test")
    try:
        import_timeline(case, path, party=None, **options)
        return sorted((r.event.date_start, r.event.date_end, r.event.date_precision, r.event.time, r.party_name,
                       r.event.description, r.event.source) for r in list_events(case))
    finally:
        case.close()


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "tijdlijn.xlsx", {"Voorblad": [["Uitleg"], ["Alleen tekst."]], "Tijdlijn": SHEET},
                      merges={"Tijdlijn": ["A1:D1", "A5:A6", "C5:C6"]})


@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_libreoffice_workbook_gives_the_same_events_as_xlsx(office, workbook: Path, tmp_path: Path,
                                                            fmt: str) -> None:
    expected = _events(tmp_path, workbook)
    assert len(expected) == 6
    assert ("Jeugdteam" in {e[4] for e in expected if e[5] == "Tweede gesprek dezelfde maand"})
    converted = office(workbook, fmt)
    preview = read_preview(converted)
    assert preview.selected == "Tijdlijn" and preview.header_row == 3
    assert _events(tmp_path, converted) == expected


def test_sheet_choice_in_ods(office, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "per_partij.xlsx", {
        "School": [["Datum", "Gebeurtenis"], ["01-09-2019", "Start schooljaar"]],
        "Huisarts": [["Date", "Event"], ["02-09-2019", "Consult"], ["03-09-2019", "Verwijzing"]],
    })
    got = _events(tmp_path, office(path, "ods"), sheet="huisarts")
    assert [e[5] for e in got] == ["Consult", "Verwijzing"]


@pytest.mark.parametrize("fmt", ["odt", "doc", "rtf"])
def test_libreoffice_document_gives_the_same_events_as_docx(office, tmp_path: Path, fmt: str) -> None:
    source = write_docx(tmp_path / "rapport.docx", DOC_TABLES)
    expected = _events(tmp_path, source)
    assert len(expected) == 3
    assert ("Gesprek met moeder\nmoeder was boos" in {e[5] for e in expected})
    # LibreOffice drops the second table of python-docx's output when it writes .doc straight from .docx,
    # so the old formats are written from LibreOffice's own .odt, as a LibreOffice user would.
    converted = office(source, "odt") if fmt == "odt" else office(office(source, "odt"), fmt)
    assert _events(tmp_path, converted) == expected


def test_odfpy_files_give_the_same_events(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    rows = [["Datum", "Organisatie", "Gebeurtenis"], ["04-03-2019", "Veilig Thuis", "Melding door school"],
            ["april 2019", "Jeugdteam", "Gesprek met moeder"], [None, None, "Tweede gesprek"]]

    def fill(doc, name: str, body) -> None:  # noqa: ANN001
        table = Table(name=name)
        for r, row in enumerate(rows):
            tr = TableRow()
            for c, value in enumerate(row):
                if value is None:
                    tr.addElement(CoveredTableCell())
                    continue
                spanned = {"numberrowsspanned": 2} if r == 2 and c < 2 else {}
                cell = TableCell(valuetype="string", **spanned)
                cell.addElement(P(text=value))
                tr.addElement(cell)
            table.addElement(tr)
        body.addElement(table)

    ods = OpenDocumentSpreadsheet()
    fill(ods, "Tijdlijn", ods.spreadsheet)
    ods.save(str(tmp_path / "odfpy.ods"))
    odt = OpenDocumentText()
    fill(odt, "Tabel1", odt.text)
    odt.save(str(tmp_path / "odfpy.odt"))
    xlsx = write_xlsx(tmp_path / "same.xlsx", {"Tijdlijn": rows}, merges={"Tijdlijn": ["A3:A4", "B3:B4"]})
    expected = _events(tmp_path, xlsx)
    assert [e[4] for e in expected] == ["Veilig Thuis", "Jeugdteam", "Jeugdteam"]
    assert _events(tmp_path, tmp_path / "odfpy.ods") == expected
    assert _events(tmp_path, tmp_path / "odfpy.odt") == expected


def test_doc_without_libreoffice_says_how_to_save_as_docx(office, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    doc = office(office(write_docx(tmp_path / "oud.docx", DOC_TABLES), "odt"), "doc")
    monkeypatch.setattr(libreoffice, "find_office", lambda: None)
    with pytest.raises(TimelineImportError) as err:
        import_timeline(create_case(tmp_path / "x.casereview", "X"), doc)
    assert "oud.doc" in str(err.value) and "Opslaan als" in str(err.value) and ".docx" in str(err.value)
    assert shutil.which("soffice") or shutil.which("libreoffice")
