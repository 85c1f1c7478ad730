"""Issue 21 §2 across cases: the overview's exports refuse while a case's personal data is undecided.

Real case files on disk, read by the overview as a quality officer would; the
detector is the stand-in that "finds" given texts (tests/name_fixtures.py), the
real one is covered by tests/privacy/detection. After the chairs decided, no
detected or listed name is anywhere in the written files: every XML part of the
.xlsx and .docx (hidden sheets, headers, document properties) is read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from name_fixtures import detect_with, finding

from casereview.casefile.case_file import create_case, open_case
from casereview.cli import main
from casereview.findings.agreements import add_agreement
from casereview.overview.figures import overview_of
from casereview.privacy.detection import client
from casereview.privacy.detection.decisions import keep_as_written
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.reports.jaaroverzicht import export_jaaroverzicht
from casereview.reports.overview_matrix import export_matrix
from casereview.reports.overview_texts import OverviewUndecidedNamesError
from casereview.session.contributions import add_contribution
from casereview.vocabulary import ContributionKind

FOUND = (("juf Petra", "persoon"), ("Henk Bos", "persoon"), ("06-12345678", "telefoon"),
         ("Wijkteam Oost", "instelling"))
NAMES = ("Petra", "Henk", "Bos", "06-12345678")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two cases: one searched by its chair (stored candidates), one never searched (found by the overview)."""
    monkeypatch.setattr(client, "detect", finding(*FOUND))
    cases = tmp_path / "dossiers"
    cases.mkdir()
    with create_case(cases / "school.casereview", "Review school") as case:
        add_agreement(case, action="Elke maand belt juf Petra het Wijkteam Oost")
        add_contribution(case, text="Ook juf Petra bleef betrokken.", party_id=None, kind=ContributionKind.WENT_WELL)
        detect_with(case, *FOUND)
    with create_case(cases / "wijk.casereview", "Review wijk") as case:
        add_agreement(case, action="Henk Bos was op 06-12345678 niet bereikbaar; de wijkcoach belt")
        add_contribution(case, text="De buurman Henk Bos (06-12345678) hielp.", party_id=None,
                         kind=ContributionKind.WENT_WELL)
    return cases


def _parts(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                         if name.endswith((".xml", ".rels")))


def test_overview_exports_refuse_undecided_names_and_say_in_which_case(folder: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    overview = overview_of([folder])
    for out, export in ((tmp_path / "m.xlsx", export_matrix), (tmp_path / "j.docx", export_jaaroverzicht)):
        with pytest.raises(OverviewUndecidedNamesError) as raised:
            export(overview, out)
        assert raised.value.code == "overview_export.undecided_names"
        assert set(raised.value.names) == {"juf Petra", "Henk Bos", "06-12345678"}  # not the institution
        assert "'school.casereview'" in str(raised.value) and "'wijk.casereview'" in str(raised.value)
        assert not out.exists()
    assert main(["overview", str(folder), "--export", str(tmp_path / "j.docx")]) == 2
    err = capsys.readouterr().err
    assert "Henk Bos" in err and "'wijk.casereview'" in err
    assert not (tmp_path / "j.docx").exists()


def test_after_the_chairs_decided_no_name_is_in_any_part_of_the_files(folder: Path, tmp_path: Path) -> None:
    with open_case(folder / "school.casereview") as case:
        set_pseudonym(case, "juf Petra", "de leerkracht")
        keep_as_written(case, ["Wijkteam Oost"])
    with open_case(folder / "wijk.casereview") as case:
        set_pseudonym(case, "Henk Bos", "grootvader")
        set_pseudonym(case, "06-12345678", "[telefoon]")
    overview = overview_of([folder])
    sheet = export_matrix(overview, tmp_path / "m.xlsx")
    year = export_jaaroverzicht(overview, tmp_path / "j.docx", cite="titel")
    for path in (sheet, year):
        text = _parts(path)
        assert not [name for name in NAMES if name.casefold() in text.casefold()], path.name
    assert "Elke maand belt de leerkracht het Wijkteam Oost" in _parts(sheet)
    assert "Grootvader was op [telefoon] niet bereikbaar" in _parts(sheet)
    assert "Ook de leerkracht bleef betrokken." in _parts(year)
