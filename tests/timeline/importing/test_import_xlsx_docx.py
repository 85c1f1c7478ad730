"""Excel and Word timelines: sheets, titles above the header, real dates, merged cells, table choice."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from import_support import dump, write_docx, write_xlsx  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402
from casereview.timeline.events import list_events  # noqa: E402
from casereview.timeline.importing.importer import TimelineImportError, import_timeline, read_preview  # noqa: E402
from casereview.vocabulary import DatePrecision  # noqa: E402


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = create_case(tmp_path / "t.casereview", "Test")
    yield c
    c.close()


def events(case: CaseFile) -> dict[str, tuple[object, ...]]:
    return {r.event.description: (r.event.date_start, r.event.date_precision, r.event.date_text, r.event.time,
                                  r.party_name, r.event.source) for r in list_events(case)}


TIMELINE_SHEET = [
    ["Feitenrelaas casus Vos", None, None, None],
    [None, None, None, None],
    ["Versie 2, vertrouwelijk", None, None, None],
    [None, None, None, None],
    ["Datum", "Tijd", "Instantie", "Omschrijving"],
    [datetime(2019, 3, 4), time(14, 30), "Veilig Thuis", "Melding door school"],
    ["april 2019", None, "Jeugdteam", "Gesprek met moeder"],
    [None, None, None, "Tweede gesprek dezelfde maand"],  # date and party merged down from the row above
    [2020, None, "Gemeente Noord", "Verhuizing"],
    [datetime(2020, 5, 6, 9, 45), None, "Politie", "Huisbezoek na melding buren"],
    [44000, None, "GGD", "Datum als Excel-getal"],
    ["31-02-2019", None, "GGD", "Onmogelijke datum"],
]


def test_xlsx_default_sheet_title_rows_dates_and_merged_cells(case: CaseFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tijdlijn.xlsx", {
        "Voorblad": [["Calamiteitenonderzoek"], ["Dit werkblad bevat alleen uitleg."]],
        "Tijdlijn": TIMELINE_SHEET,
    }, merges={"Tijdlijn": ["A1:D1", "A7:A8", "C7:C8"]})
    preview = read_preview(path)
    assert preview.selected == "Tijdlijn" and preview.header_row == 5
    assert [c.key for c in preview.choices] == ["Voorblad", "Tijdlijn"]
    assert [c.looks_like_timeline for c in preview.choices] == [False, True]
    report = import_timeline(case, path)
    assert report.added == 7
    assert [(p.row, p.column) for p in report.problems] == [(12, "Datum")]
    got = events(case)
    assert got["Melding door school"][:5] == (date(2019, 3, 4), DatePrecision.DAY, "04-03-2019", "14:30",
                                              "Veilig Thuis")
    assert got["Gesprek met moeder"][:2] == (date(2019, 4, 1), DatePrecision.MONTH)
    assert got["Tweede gesprek dezelfde maand"][:5] == (date(2019, 4, 1), DatePrecision.MONTH, "april 2019", "",
                                                        "Jeugdteam")
    assert got["Verhuizing"][:3] == (date(2020, 1, 1), DatePrecision.YEAR, "2020")
    assert got["Huisbezoek na melding buren"][3] == "09:45"
    assert got["Datum als Excel-getal"][:2] == (date(2020, 6, 18), DatePrecision.DAY)
    assert got["Onmogelijke datum"][:3] == (None, DatePrecision.UNKNOWN, "31-02-2019")


def test_xlsx_choose_sheet_by_name(case: CaseFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "per_partij.xlsx", {
        "School": [["Datum", "Gebeurtenis"], ["01-09-2019", "Start schooljaar"]],
        "Huisarts": [["Date", "Event"], ["02-09-2019", "Consult"], ["03-09-2019", "Verwijzing"]],
    })
    report = import_timeline(case, path, sheet="huisarts", party="Huisarts")
    assert report.added == 2
    assert {v[4] for v in events(case).values()} == {"Huisarts"}
    before = dump(case)
    with pytest.raises(TimelineImportError, match="geen blad 'Politie'. Bladen: 'School', 'Huisarts'"):
        import_timeline(case, path, sheet="Politie")
    assert dump(case) == before


def test_xlsx_header_not_in_column_a(case: CaseFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", {"Blad1": [[], [], [None, "Wanneer?", "Wie", "Wat"],
                                                     [None, "2018", "Oma", "Kind logeert bij oma"]]})
    report = import_timeline(case, path)
    assert report.added == 1 and report.parties_added == ["Oma"]
    assert events(case)["Kind logeert bij oma"][:2] == (date(2018, 1, 1), DatePrecision.YEAR)


def test_docx_finds_the_timeline_among_other_tables(case: CaseFile, tmp_path: Path) -> None:
    participants = [["Naam", "Functie", "Organisatie"], ["A. de Vries", "Gedragswetenschapper", "Jeugdteam"]]
    timeline = [["Datum", "Organisatie", "Gebeurtenis", "Bron"],
                ["12-01-2019", "Huisarts", "Moeder meldt slapeloosheid.\nVerwijzing naar POH-GGZ.", "HIS"],
                ["feb 2019", "School", "Kind vaak afwezig", ""],
                ["2019", "Veilig Thuis", "Advies gevraagd", "Adviesverslag"]]
    path = write_docx(tmp_path / "rapport.docx", [participants, timeline])
    preview = read_preview(path)
    assert preview.selected == 2 and not preview.needs_choice
    assert [c.looks_like_timeline for c in preview.choices] == [False, True]
    report = import_timeline(case, path)
    assert report.added == 3 and report.problems == []
    got = events(case)
    assert got["Moeder meldt slapeloosheid.\nVerwijzing naar POH-GGZ."][:2] == (date(2019, 1, 12), DatePrecision.DAY)
    assert got["Kind vaak afwezig"][1] == DatePrecision.MONTH


def test_docx_several_timelines_need_a_choice(case: CaseFile, tmp_path: Path) -> None:
    first = [["Datum", "Gebeurtenis"], ["01-01-2019", "Eerste tijdlijn"]]
    second = [["Datum", "Partij", "Omschrijving"], ["01-01-2020", "Politie", "Tweede tijdlijn"],
              ["02-01-2020", "Politie", "Nog een"]]
    path = write_docx(tmp_path / "twee.docx", [first, [["Conclusie"], ["tekst"]], second])
    before = dump(case)
    with pytest.raises(TimelineImportError) as err:
        import_timeline(case, path)
    message = str(err.value)
    assert "2 tabellen die op een tijdlijn lijken" in message
    assert "tabel 1 (Datum, Gebeurtenis; 2 rijen)" in message
    assert "tabel 3 (Datum, Partij, Omschrijving; 3 rijen)" in message
    assert dump(case) == before
    preview = read_preview(path)
    assert preview.needs_choice and not preview.ready
    assert [c.key for c in preview.choices if c.looks_like_timeline] == [1, 3]
    report = import_timeline(case, path, table=3)
    assert report.added == 2
    assert set(events(case)) == {"Tweede tijdlijn", "Nog een"}
    with pytest.raises(TimelineImportError, match="tabel 7 bestaat niet"):
        import_timeline(case, path, table=7)


def test_docx_merged_cells(case: CaseFile, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for c, text in enumerate(["Datum", "Organisatie", "Gebeurtenis", "Bron"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "05-05-2019"
    table.cell(1, 1).text = "Jeugdteam"
    table.cell(1, 2).text = "Ochtend: huisbezoek"
    table.cell(1, 3).text = "Verslag"
    table.cell(2, 0).merge(table.cell(1, 0))  # one date for two rows
    table.cell(2, 1).merge(table.cell(1, 1))
    table.cell(2, 2).text = "Middag: overleg met school"
    table.cell(2, 3).text = "Mail"
    merged = table.cell(3, 2).merge(table.cell(3, 3))  # description spans the source column
    merged.text = "Lange omschrijving over twee kolommen"
    table.cell(3, 0).text = "06-05-2019"
    table.cell(3, 1).text = "School"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    report = import_timeline(case, path)
    assert report.added == 3 and report.problems == []
    got = events(case)
    assert got["Middag: overleg met school"][:5] == (date(2019, 5, 5), DatePrecision.DAY, "05-05-2019", "", "Jeugdteam")
    assert got["Lange omschrijving over twee kolommen"][5] == ""


def test_docx_table_without_header_row(case: CaseFile, tmp_path: Path) -> None:
    rows = [["14-02-2019", "Veilig Thuis", "Melding"], ["03-2019", "Jeugdteam", "Start hulp in het gezin"],
            ["2020", "Rechtbank", "Ondertoezichtstelling uitgesproken"]]
    path = write_docx(tmp_path / "zonder_kop.docx", [rows])
    preview = read_preview(path)
    assert preview.header_row is None and preview.headers == ["kolom A", "kolom B", "kolom C"]
    assert preview.mapping == {"kolom A": "date", "kolom B": "", "kolom C": "description"}
    report = import_timeline(case, path, mapping={"kolom B": "party"})
    assert report.added == 3
    assert events(case)["Melding"][4] == "Veilig Thuis"
