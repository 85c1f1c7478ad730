"""Malformed timeline files: each gives a clear Dutch message and never damages the case.

A file that cannot be used raises TimelineImportError naming the file, and the
case file stays byte-for-byte the same (compared as a full SQL dump). A file
with some bad rows reports each of them with row and column; a dry run of it
writes nothing, and a real import adds exactly the readable rows.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from import_support import HEADER_NL, dump, event_rows, write_csv, write_docx, write_xlsx  # noqa: E402

import casereview.timeline.importing.sources as sources  # noqa: E402
from casereview.casefile.case_file import CaseFile, create_case, open_case  # noqa: E402
from casereview.model import ReadOnlyCaseError  # noqa: E402
from casereview.timeline.importing.importer import ImportReport, TimelineImportError, import_timeline  # noqa: E402

GOOD_ROW = ["01-01-2020", "", "Jeugdteam", "Gesprek met moeder", ""]
LONG = "x" * 5_000


@dataclass(frozen=True)
class Bad:
    """A malformed input: how to make it, and what the user must be told."""

    make: Callable[[Path], Path]
    message: str  # a fragment of the Dutch error, or of the row problem
    added: int | None = None  # None: the whole file is refused; else rows that still import
    options: tuple[tuple[str, object], ...] = ()


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path
    return make


def _csv(*rows: list[object], name: str = "tijdlijn.csv") -> Callable[[Path], Path]:
    return lambda tmp: write_csv(tmp / name, [HEADER_NL, *rows])


def _zip(name: str, members: dict[str, str]) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        with zipfile.ZipFile(path, "w") as zf:
            for member, text in members.items():
                zf.writestr(member, text)
        return path
    return make


def _truncated(make_full: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = make_full(tmp)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path
    return make


def _dir(tmp: Path) -> Path:
    path = tmp / "map.csv"
    path.mkdir()
    return path


def _docx_prose_only(tmp: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Op 14 februari 2019 meldde de school zorgen. Er staat geen tabel in dit verslag.")
    path = tmp / "verslag.docx"
    document.save(str(path))
    return path


def _utf16_without_bom(tmp: Path) -> Path:
    path = tmp / "utf16.csv"
    path.write_bytes("Datum;Gebeurtenis\r\n01-01-2020;Gesprek\r\n".encode("utf-16-le"))
    return path


def _huge_field(tmp: Path) -> Path:
    path = tmp / "reuzecel.csv"
    path.write_text("Datum;Gebeurtenis\n01-01-2020;\"" + "x" * 1_100_000 + "\"\n", encoding="utf-8")
    return path


TWO_TIMELINES = [[["Datum", "Gebeurtenis"], ["01-01-2019", "a"]], [["Datum", "Omschrijving"], ["02-01-2019", "b"]]]

MALFORMED: dict[str, Bad] = {
    "missing file": Bad(lambda tmp: tmp / "bestaat-niet.csv", "bestaat niet"),
    "a directory": Bad(_dir, "is een map"),
    "empty file": Bad(_bytes("leeg.csv", b""), "is leeg"),
    "only blank lines": Bad(_bytes("wit.csv", b"\r\n  \r\n;;;\r\n"), "leeg"),
    "only a BOM": Bad(_bytes("bom.csv", b"\xef\xbb\xbf"), "is leeg"),
    "binary junk with NUL bytes": Bad(_bytes("junk.csv", bytes(range(256)) * 4), "binaire gegevens"),
    "control characters": Bad(_bytes("ctrl.csv", b"Datum;Gebeurtenis\n\x01\x02\x03;\x1b[0m\n"), "onleesbare tekens"),
    "wrong encoding (undefined bytes)": Bad(_bytes("codering.csv", b"Datum;Gebeurtenis\n01-01-2020;caf\x81\x8d\n"),
                                            "tekencodering is niet te herkennen"),
    "UTF-16 without BOM": Bad(_utf16_without_bom, "UTF-16 zonder BOM"),
    "PDF": Bad(_bytes("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"), "is een PDF"),
    "unknown extension": Bad(_bytes("tijdlijn.json", b'{"datum": "2020"}'), "wordt niet ondersteund"),
    "no extension": Bad(_bytes("tijdlijn", b"Datum;Gebeurtenis\n"), "(geen extensie)"),
    "zip that is not docx": Bad(_zip("rapport.docx", {"readme.txt": "hallo"}), "zip-bestand maar geen Word-document"),
    "zip that is not xlsx": Bad(_zip("blad.xlsx", {"data.csv": "a;b"}), "zip-bestand maar geen Excel-werkmap"),
    "plain zip archive": Bad(_zip("archief.zip", {"a.csv": "Datum;Gebeurtenis"}), "zip-bestand"),
    "text renamed to xlsx": Bad(_bytes("nep.xlsx", b"Datum;Gebeurtenis\n"), "geen geldige Excel-werkmap"),
    "text renamed to docx": Bad(_bytes("nep.docx", b"Datum;Gebeurtenis\n"), "geen geldig Word-document"),
    "truncated docx": Bad(_truncated(lambda tmp: write_docx(tmp / "half.docx", [[["Datum", "Gebeurtenis"],
                                                                                ["2020", "x"]]])), "beschadigd"),
    "truncated xlsx": Bad(_truncated(lambda tmp: write_xlsx(tmp / "half.xlsx", {"T": [["Datum", "Gebeurtenis"]]})),
                          "beschadigd"),
    "damaged old Excel file": Bad(_bytes("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
                                  "oud.xls' kan niet worden gelezen"),
    "docx without a table": Bad(_docx_prose_only, "bevat geen tabel"),
    "docx whose tables are no timeline": Bad(
        lambda tmp: write_docx(tmp / "deelnemers.docx", [[["Naam", "Functie"], ["Jan", "Mentor"]]]),
        "Geen van de tabellen"),
    "docx with two timelines and no choice": Bad(lambda tmp: write_docx(tmp / "twee.docx", TWO_TIMELINES),
                                                 "Kies welke tabel"),
    "docx table number out of range": Bad(lambda tmp: write_docx(tmp / "een.docx", TWO_TIMELINES[:1]),
                                          "tabel 5 bestaat niet", options=(("table", 5),)),
    "xlsx with only a title": Bad(lambda tmp: write_xlsx(tmp / "titel.xlsx", {"Blad1": [["Tijdlijn casus Vos"]]}),
                                  "Geen kopregel"),
    "empty xlsx": Bad(lambda tmp: write_xlsx(tmp / "leeg.xlsx", {"Blad1": []}), "is leeg"),
    "xlsx unknown sheet": Bad(lambda tmp: write_xlsx(tmp / "b.xlsx", {"T": [["Datum", "Gebeurtenis"], ["2020", "x"]]}),
                              "geen blad 'Politie'", options=(("sheet", "Politie"),)),
    "csv without a header": Bad(_bytes("kaal.csv", b"Gesprek met moeder;Jeugdteam\nHuisbezoek;Jeugdteam\n"),
                                "Geen kopregel"),
    "HTML saved as csv": Bad(_bytes("web.csv", b"<html><body><table><tr><td>Datum</td></tr></table></body></html>"),
                             "Geen kopregel"),
    "header without date column": Bad(_bytes("geen_datum.csv", b"Organisatie;Gebeurtenis\nGGD;Gesprek\n"),
                                      "geen kolom voor de datum"),
    "header only": Bad(_bytes("kop.csv", b"Datum;Organisatie;Gebeurtenis\r\n"), "alleen een kopregel"),
    "unterminated quote": Bad(_bytes("quote.csv", b'Datum;Gebeurtenis\n01-01-2020;"Gesprek\n02-01-2020;a\n'
                                                  b"03-01-2020;b\n04-01-2020;c\n"), "aanhalingsteken"),
    "field larger than the CSV limit": Bad(_huge_field, "geen geldige CSV"),
    "mapping names a missing column": Bad(_csv(GOOD_ROW), "staat niet in de kopregel",
                                          options=(("mapping", {"Wie": "party"}),)),
    "mapping names an unknown field": Bad(_csv(GOOD_ROW), "geen bekend veld",
                                          options=(("mapping", {"Datum": "jaartal"}),)),
    "party name for the file too long": Bad(_csv(GOOD_ROW), "te lang", options=(("party", LONG),)),
    # Files that import their readable rows and report the others.
    "impossible date 31-02-2019": Bad(_csv(GOOD_ROW, ["31-02-2019", "", "GGD", "Consult", ""]),
                                      "rij 3, kolom Datum: '31-02-2019' is geen bestaande datum", added=2),
    "month 13": Bad(_csv(["13-2019", "", "GGD", "Consult", ""]), "maand 13 bestaat niet", added=1),
    "year out of range": Bad(_csv(["14-02-1850", "", "GGD", "Consult", ""]), "jaartal 1850", added=1),
    "unreadable date text": Bad(_csv(["na de zomer", "", "GGD", "Consult", ""]), "geen leesbare datum", added=1),
    "5,000-character date cell": Bad(_csv([LONG, "", "GGD", "Consult", ""]), "de datum is te lang", added=1),
    "5,000-character party cell": Bad(_csv(["2020", "", LONG, "Consult", ""]), "partijnaam is te lang", added=1),
    "5,000-character source cell": Bad(_csv(["2020", "", "GGD", "Consult", LONG]), "de bron is te lang", added=1),
    "25,000-character description": Bad(_csv(GOOD_ROW, ["2020", "", "GGD", "y" * 25_000, ""]),
                                        "omschrijving is te lang (25.000 tekens", added=1),
    "row without description": Bad(_csv(GOOD_ROW, ["2020", "", "GGD", "", "verslag"]), "geen omschrijving", added=1),
    "unquoted delimiter in a row": Bad(_bytes("extra.csv", b"Datum;Gebeurtenis\n01-01-2020;Gesprek; moeder boos\n"),
                                       "rij 2, kolom C: tekst buiten de kolommen", added=1),
    "unreadable time": Bad(_csv(["2020", "half drie", "GGD", "Consult", ""]), "'half drie' is geen herkenbare tijd",
                           added=1),
    "unknown key moment": Bad(lambda tmp: write_csv(tmp / "km.csv", [["Datum", "Gebeurtenis", "Sleutelmoment"],
                                                                    ["2020", "Consult", "misschien"]]),
                              "'misschien' is geen sleutelmoment", added=1),
}


@pytest.fixture
def case(tmp_path: Path) -> CaseFile:
    c = create_case(tmp_path / "t.casereview", "Test")
    yield c
    c.close()


def test_there_are_at_least_thirty_malformed_inputs() -> None:
    assert len(MALFORMED) >= 30


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_input_gives_dutch_message_and_keeps_case(case: CaseFile, tmp_path: Path, name: str) -> None:
    bad = MALFORMED[name]
    folder = tmp_path / "in"
    folder.mkdir()
    path = bad.make(folder)
    options = dict(bad.options)
    before = dump(case)
    if bad.added is None:
        with pytest.raises(TimelineImportError) as err:
            import_timeline(case, path, **options)
        message = str(err.value)
        assert bad.message in message
        assert path.name in message or str(path) in message
        assert dump(case) == before
        return
    dry = import_timeline(case, path, dry_run=True, **options)
    assert dump(case) == before
    assert any(bad.message in str(p) for p in dry.problems), [str(p) for p in dry.problems]
    assert all(str(p).startswith(f"{path.name}, rij ") for p in dry.problems)
    report = import_timeline(case, path, **options)
    assert report.added == dry.added == bad.added
    assert len(event_rows(case)) == bad.added


def test_file_too_large_is_refused(case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "groot.csv", [HEADER_NL] + [GOOD_ROW] * 10)
    before = dump(case)
    with pytest.raises(TimelineImportError, match="groot.csv' is te groot"):
        import_timeline(case, path)
    assert dump(case) == before


def test_read_only_case_is_not_changed(tmp_path: Path) -> None:
    create_case(tmp_path / "r.casereview", "Alleen lezen").close()
    path = write_csv(tmp_path / "a.csv", [HEADER_NL, GOOD_ROW])
    with open_case(tmp_path / "r.casereview", read_only=True) as case:
        before = dump(case)
        assert import_timeline(case, path, dry_run=True).added == 1
        with pytest.raises(ReadOnlyCaseError, match="alleen-lezen"):
            import_timeline(case, path)
        assert dump(case) == before


def _check_import_or_refusal(case: CaseFile, path: Path, before: list[str]) -> None:
    try:
        report = import_timeline(case, path, dry_run=True)
    except TimelineImportError as exc:
        assert path.name in str(exc)
    else:
        assert isinstance(report, ImportReport)
        assert report.dry_run and report.batch is None  # a trial run claims no import batch
    assert dump(case) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".docx", ".tsv"]))
def test_random_bytes_import_or_raise(case: CaseFile, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"willekeurig{suffix}"
    path.write_bytes(data)
    _check_import_or_refusal(case, path, dump(case))


_cell = st.one_of(st.text(max_size=30), st.sampled_from(["Datum", "Gebeurtenis", "Tijd", "Partij", "2020",
                                                         "31-02-2019", "03-2019", "?-02-2021", '"', ";", "\n", ""]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=6), max_size=8), delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_csv_text_imports_or_raises(case: CaseFile, tmp_path: Path, rows: list[list[str]], delimiter: str,
                                           encoding: str) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([["Datum", "Gebeurtenis"], *rows])
    path = tmp_path / "tekst.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    _check_import_or_refusal(case, path, dump(case))
