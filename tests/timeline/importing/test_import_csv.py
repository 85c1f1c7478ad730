"""CSV timelines: encodings, delimiters, partial dates, problems, parties, merge and undo."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from import_support import HEADER_NL, dump, event_rows, write_csv  # noqa: E402
from sqlmodel import select  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402
from casereview.model.tables import Contribution, Party, TimelineEvent  # noqa: E402
from casereview.session.contributions import add_contribution  # noqa: E402
from casereview.session.parties import add_party, list_parties  # noqa: E402
from casereview.timeline.events import list_events  # noqa: E402
from casereview.timeline.importing.importer import (  # noqa: E402
    TimelineImportError,
    import_batches,
    import_timeline,
    read_preview,
    remove_import,
    restore_import,
)
from casereview.vocabulary import DatePrecision  # noqa: E402

DUTCH_ROWS = [
    HEADER_NL,
    ["14-02-2019", "10:30", "Veilig Thuis", "Melding ontvangen over zorgen\nbij de school (juf Anneke)",
     "Meldformulier"],
    ["03-2019", "", "Jeugdteam Oost", "Eerste huisbezoek; moeder geeft aan dat het 'prima' gaat", ""],
    ["2020", "", "Gemeente Zuidstad", "Verhuizing naar een andere wijk", ""],
    ["begin 2020", "", "GGD", "Consultatiebureau ziet geen zorgen, café-afspraak", "Dossier JGZ"],
    ["?-02-2021", "9.15", "Huisarts", "Vader komt op het spreekuur", ""],
    ["14 februari 2019", "", "School", "Leerkracht belt met Veilig Thuis", "Logboek"],
    ["", "", "Politie", "Datum onbekend: buurtbewoner belt", ""],
]


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = create_case(tmp_path / "t.casereview", "Test")
    yield c
    c.close()


def by_description(case: CaseFile) -> dict[str, tuple[TimelineEvent, str]]:
    return {row.event.description: (row.event, row.party_name) for row in list_events(case)}


def test_dutch_excel_csv_imports_every_row_with_precision_and_party(case: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "tijdlijn.csv", DUTCH_ROWS, encoding="cp1252")
    report = import_timeline(case, path)
    assert report.added == 7
    assert report.problems == []
    assert report.columns == {"Datum": "date", "Tijd": "time", "Organisatie": "party",
                              "Gebeurtenis": "description", "Bron": "source"}
    events = by_description(case)
    first, party = events["Melding ontvangen over zorgen\nbij de school (juf Anneke)"]
    assert (first.date_start, first.date_precision, first.time, party, first.source) == \
        (date(2019, 2, 14), DatePrecision.DAY, "10:30", "Veilig Thuis", "Meldformulier")
    month, _ = events["Eerste huisbezoek; moeder geeft aan dat het 'prima' gaat"]
    assert (month.date_start, month.date_end, month.date_precision, month.date_text) == \
        (date(2019, 3, 1), date(2019, 3, 31), DatePrecision.MONTH, "03-2019")
    year, _ = events["Verhuizing naar een andere wijk"]
    assert (year.date_precision, year.date_text) == (DatePrecision.YEAR, "2020")
    early, _ = events["Consultatiebureau ziet geen zorgen, café-afspraak"]
    assert early.date_precision == DatePrecision.YEAR and early.date_end == date(2020, 4, 30)
    unknown_day, _ = events["Vader komt op het spreekuur"]
    assert (unknown_day.date_precision, unknown_day.time) == (DatePrecision.MONTH, "09:15")
    named, _ = events["Leerkracht belt met Veilig Thuis"]
    assert named.date_start == date(2019, 2, 14)
    empty, _ = events["Datum onbekend: buurtbewoner belt"]
    assert (empty.date_start, empty.date_precision, empty.date_text) == (None, DatePrecision.UNKNOWN, "")
    assert sorted(report.parties_added) == sorted(["Veilig Thuis", "Jeugdteam Oost", "Gemeente Zuidstad", "GGD",
                                                   "Huisarts", "School", "Politie"])
    assert {p.name for p in list_parties(case)} == set(report.parties_added)
    categories = {p.name: p.category for p in list_parties(case)}
    assert categories["Gemeente Zuidstad"] == "municipality"


@pytest.mark.parametrize(("encoding", "bom", "delimiter"), [
    ("utf-8", False, ";"), ("utf-8", True, ";"), ("utf-8", True, ","), ("utf-8", False, "\t"),
    ("cp1252", False, ","), ("cp1252", False, "\t"), ("utf-16", False, "\t"),
])
def test_encodings_and_delimiters_are_detected(case: CaseFile, tmp_path: Path, encoding: str, bom: bool,
                                               delimiter: str) -> None:
    rows = [["Date", "Time", "Organisation", "Description", "Source"],
            ["01-05-2019", "", "Jeugdbescherming", "Überdracht van de casus, regie naar JB (één gesprek)", "Brief"],
            ["02-05-2019", "", "Jeugdbescherming", "Gesprek met moeder, vader en kind", ""]]
    path = write_csv(tmp_path / "x.csv", rows, encoding=encoding, bom=bom, delimiter=delimiter)
    report = import_timeline(case, path)
    assert (report.added, report.problems) == (2, [])
    assert "Überdracht van de casus, regie naar JB (één gesprek)" in by_description(case)


def test_mixed_utf8_and_windows_lines_both_read(case: CaseFile, tmp_path: Path) -> None:
    data = ("Datum;Gebeurtenis\r\n01-01-2020;Gesprek over één zorg\r\n").encode() + \
        "02-01-2020;Overleg met café-eigenaar\r\n".encode("cp1252")
    path = tmp_path / "gemengd.csv"
    path.write_bytes(data)
    assert import_timeline(case, path).added == 2
    assert {"Gesprek over één zorg", "Overleg met café-eigenaar"} <= set(by_description(case))


def test_unreadable_date_keeps_row_and_is_reported(case: CaseFile, tmp_path: Path) -> None:
    rows = [HEADER_NL, ["01-01-2020", "", "A", "goed", ""], ["31-02-2019", "", "A", "onmogelijke datum", ""],
            ["gisteren", "", "A", "vage datum", ""], ["02-01-2020", "", "A", "ook goed", ""]]
    report = import_timeline(case, write_csv(tmp_path / "x.csv", rows))
    assert report.added == 4
    assert [(p.row, p.column) for p in report.problems] == [(3, "Datum"), (4, "Datum")]
    assert "geen bestaande datum" in str(report.problems[0].reason)
    assert str(report.problems[0]).startswith("x.csv, rij 3, kolom Datum: '31-02-2019'")
    event, _ = by_description(case)["onmogelijke datum"]
    assert (event.date_precision, event.date_text, event.date_start) == (DatePrecision.UNKNOWN, "31-02-2019", None)
    assert "x.csv, rij 4, kolom Datum" in report.summary()


def test_row_without_description_is_skipped_and_reported(case: CaseFile, tmp_path: Path) -> None:
    rows = [HEADER_NL, ["01-01-2020", "", "A", "", "bron"], ["02-01-2020", "", "A", "wel tekst", ""]]
    report = import_timeline(case, write_csv(tmp_path / "x.csv", rows))
    assert (report.added, report.skipped) == (1, 1)
    assert [str(p) for p in report.problems] == ["x.csv, rij 2, kolom Gebeurtenis: geen omschrijving; deze rij wordt "
                                                 "overgeslagen"]
    assert "1 rij niet geïmporteerd" in report.summary()


def test_title_rows_blank_lines_and_quoted_newlines(case: CaseFile, tmp_path: Path) -> None:
    rows = [["Tijdlijn casus Bos"], [], ["Opgesteld door de voorzitter"], HEADER_NL,
            ["01-01-2020", "", "A", "regel een\nregel twee\n\nregel vier", ""], [],
            ["02-01-2020", "", "A", "tweede", ""]]
    path = write_csv(tmp_path / "x.csv", rows)
    preview = read_preview(path)
    assert preview.header_row == 4 and preview.ready
    report = import_timeline(case, path)
    assert report.added == 2 and report.problems == []
    assert "regel een\nregel twee\n\nregel vier" in by_description(case)


def test_existing_party_is_reused_whatever_the_case(case: CaseFile, tmp_path: Path) -> None:
    add_party(case, "Veilig Thuis")
    rows = [HEADER_NL, ["01-01-2020", "", "veilig  thuis", "melding", ""], ["01-01-2020", "", "Nieuw", "x", ""]]
    report = import_timeline(case, write_csv(tmp_path / "x.csv", rows))
    assert report.parties_added == ["Nieuw"]
    assert sorted(p.name for p in list_parties(case)) == ["Nieuw", "Veilig Thuis"]
    assert by_description(case)["melding"][1] == "Veilig Thuis"


def test_party_for_the_whole_file(case: CaseFile, tmp_path: Path) -> None:
    rows = [["Datum", "Gebeurtenis"], ["01-01-2020", "huisbezoek"], ["01-02-2020", "overleg"]]
    report = import_timeline(case, write_csv(tmp_path / "jeugdteam.csv", rows), party="Jeugdteam West")
    assert report.parties_added == ["Jeugdteam West"]
    assert {party for _e, party in by_description(case).values()} == {"Jeugdteam West"}


def test_second_import_merges_and_skips_exact_duplicates(case: CaseFile, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [HEADER_NL, ["01-01-2020", "", "A", "gesprek", ""],
                                           ["01-01-2020", "", "A", "gesprek", ""]])
    report = import_timeline(case, first)
    assert (report.added, report.duplicates, report.batch) == (1, 1, 1)
    second = write_csv(tmp_path / "b.csv", [HEADER_NL, ["1-1-2020", "", "a", "Gesprek", ""],
                                            ["01-01-2020", "", "B", "gesprek", ""],
                                            ["01-2020", "", "A", "gesprek", ""]])
    report = import_timeline(case, second)
    assert (report.added, report.duplicates, report.batch) == (2, 1, 2)
    assert "1 dubbele gebeurtenis niet opnieuw toegevoegd" in report.summary()
    assert import_batches(case) == {1: 1, 2: 2}
    before = dump(case)
    again = import_timeline(case, second)
    assert (again.added, again.duplicates, again.batch) == (0, 3, None)
    assert dump(case) == before


def test_dry_run_reports_the_same_and_writes_nothing(case: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", DUTCH_ROWS + [["31-02-2019", "", "Nieuwe partij", "x", ""],
                                                       DUTCH_ROWS[1]])
    before = dump(case)
    dry = import_timeline(case, path, dry_run=True)
    assert dump(case) == before
    assert dry.dry_run and dry.batch is None
    assert "Er is niets opgeslagen" in dry.summary()
    real = import_timeline(case, path)
    assert (dry.added, dry.duplicates, dry.parties_added, [str(p) for p in dry.problems]) == \
        (real.added, real.duplicates, real.parties_added, [str(p) for p in real.problems])
    assert real.added == 8 and real.duplicates == 1


def test_one_import_is_one_change_log_entry(case: CaseFile, tmp_path: Path) -> None:
    seen: list[str] = []
    case.subscribe(seen.append)
    import_timeline(case, write_csv(tmp_path / "x.csv", DUTCH_ROWS))
    assert seen == ["event", "party"]  # one write; parties announced because new ones were made
    log = [line for line in dump(case) if 'INSERT INTO "changelog"' in line and "'import'" in line]
    assert len(log) == 1


def test_failure_during_write_leaves_case_unchanged(case: CaseFile, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import casereview.timeline.importing.writing as tw

    import_timeline(case, write_csv(tmp_path / "a.csv", DUTCH_ROWS[:3]))
    before = dump(case)
    original = tw.write_rows

    def write_then_fail(session, rows, origin_file):  # noqa: ANN001, ANN202
        original(session, rows, origin_file)
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(tw, "write_rows", write_then_fail)
    with pytest.raises(RuntimeError):
        import_timeline(case, write_csv(tmp_path / "b.csv", DUTCH_ROWS))
    assert dump(case) == before


def test_mapping_overrides_unrecognised_headers(case: CaseFile, tmp_path: Path) -> None:
    rows = [["Kolom1", "Betrokkene", "Notitie", "Extra"], ["05-06-2019", "Wijkteam", "Gesprek", "negeer mij"]]
    path = write_csv(tmp_path / "x.csv", rows)
    with pytest.raises(TimelineImportError,
                       match=r"Geen kopregel .*\(eerste rij: Kolom1, Betrokkene, Notitie, Extra\)"):
        import_timeline(case, path)
    report = import_timeline(case, path, mapping={"kolom1": "date", "NOTITIE": "omschrijving"})
    assert report.added == 1
    assert report.columns == {"Kolom1": "date", "Betrokkene": "party", "Notitie": "description", "Extra": ""}
    event, party = by_description(case)["Gesprek"]
    assert (event.date_start, party) == (date(2019, 6, 5), "Wijkteam")


def test_mapping_can_ignore_a_recognised_column(case: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", DUTCH_ROWS[:3])
    import_timeline(case, path, mapping={"Organisatie": "negeren"})
    assert {party for _e, party in by_description(case).values()} == {""}


@pytest.mark.parametrize(("mapping", "message"), [
    ({"Wie": "party"}, "'Wie' uit de kolomkoppeling staat niet in de kopregel"),
    ({"Datum": "wanneer"}, "'wanneer' is geen bekend veld"),
])
def test_bad_mapping_is_refused_with_dutch_message(case: CaseFile, tmp_path: Path, mapping: dict[str, str],
                                                   message: str) -> None:
    path = write_csv(tmp_path / "x.csv", DUTCH_ROWS)
    before = dump(case)
    with pytest.raises(TimelineImportError, match=message):
        import_timeline(case, path, mapping=mapping)
    assert dump(case) == before


def test_excel_sep_hint_and_extra_cells(case: CaseFile, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Datum", "Gebeurtenis"], ["01-01-2020", "gesprek", "losse tekst"]],
                     delimiter=",", prefix="sep=,\r\n")
    report = import_timeline(case, path)
    assert report.added == 1
    assert [(p.row, p.column) for p in report.problems] == [(3, "C")]
    assert "losse tekst" in str(report.problems[0].reason)


def test_repeated_header_row_is_not_an_event(case: CaseFile, tmp_path: Path) -> None:
    rows = [HEADER_NL, ["01-01-2020", "", "A", "een", ""], HEADER_NL, ["02-01-2020", "", "A", "twee", ""]]
    report = import_timeline(case, write_csv(tmp_path / "x.csv", rows))
    assert (report.added, report.problems) == (2, [])


def test_undo_and_redo_a_whole_import(case: CaseFile, tmp_path: Path) -> None:
    import_timeline(case, write_csv(tmp_path / "a.csv", [HEADER_NL, ["01-01-2020", "", "Oud", "eerder", ""]]))
    before_rows = event_rows(case)
    before_parties = sorted(p.name for p in list_parties(case))
    report = import_timeline(case, write_csv(tmp_path / "b.csv", DUTCH_ROWS))
    after_rows = event_rows(case)
    with case.read() as s:
        event_id = s.exec(select(TimelineEvent.id).where(TimelineEvent.import_batch == report.batch)).first()
    contribution = add_contribution(case, text="Dit was een kantelpunt", party_id=None, event_id=event_id)
    snapshot = remove_import(case, report.batch, parties_added=report.parties_added)
    assert event_rows(case) == before_rows
    assert sorted(p.name for p in list_parties(case)) == before_parties
    with case.read() as s:
        assert s.get(Contribution, contribution.id).event_id is None
    restore_import(case, snapshot)
    assert event_rows(case) == after_rows
    with case.read() as s:
        assert s.get(Contribution, contribution.id).event_id == event_id
        assert len(s.exec(select(Party)).all()) == 8
    with pytest.raises(Exception, match="Import 99 staat niet"):
        remove_import(case, 99)


def test_times_in_their_own_column_or_with_the_date(case: CaseFile, tmp_path: Path) -> None:
    rows = [["Datum", "Tijd", "Gebeurtenis"], ["14-02-2019 10:30", "", "tijd bij de datum"],
            ["14-02-2019", "14u30", "Nederlandse schrijfwijze"], ["14-02-2019", "9 uur", "heel uur"],
            ["2019-02-14T08:05", "", "ISO met tijd"]]
    report = import_timeline(case, write_csv(tmp_path / "x.csv", rows))
    assert (report.added, report.problems) == (4, [])
    got = {d: (e.date_start, e.date_precision, e.date_text, e.time) for d, (e, _p) in by_description(case).items()}
    assert got["tijd bij de datum"] == (date(2019, 2, 14), DatePrecision.DAY, "14-02-2019 10:30", "10:30")
    assert got["Nederlandse schrijfwijze"][3] == "14:30"
    assert got["heel uur"][3] == "09:00"
    assert got["ISO met tijd"][::3] == (date(2019, 2, 14), "08:05")
