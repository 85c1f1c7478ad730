"""Issue 21 §2/§4: every export refuses while an undecided person, address, phone, BSN or e-mail would appear."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from export_fixtures import rich_case_copy
from name_fixtures import detect_with

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import add_agreement
from casereview.findings.leerbrief import save_leerbrief
from casereview.privacy.detection.decisions import keep_as_written
from casereview.privacy.detection.gate import UndecidedNamesError
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.reports.afsprakenlijst import export_afsprakenlijst
from casereview.reports.agreements_sheet import export_agreements
from casereview.reports.concept import export_concept, send_concepts
from casereview.reports.documents import export_document
from casereview.reports.kalender import export_calendar
from casereview.reports.leerbrief import export_leerbrief
from casereview.session.parties import list_parties
from casereview.session.procedure import update_case_details
from casereview.timeline.events import add_event

NAME = "Karin Mulder"
PHONE = "06-98765432"


@pytest.fixture
def rich(tmp_path: Path) -> CaseFile:
    case = rich_case_copy(tmp_path)
    team = list_parties(case)[0]
    add_event(case, date_text="06-03-2020", description=f"Buurvrouw {NAME} belt het wijkteam ({PHONE}).")
    add_agreement(case, action=f"Wijkteam belt {NAME} terug", owner_party_id=team.id,
                  due_date=date(2027, 1, 15))
    save_leerbrief(case, story=f"Een buurvrouw, {NAME}, belde.", ready=True)
    detect_with(case, (NAME, "persoon"), (PHONE, "telefoon"), ("het wijkteam", "instelling"))
    yield case
    case.close()


EXPORTS = {
    "verslag": lambda c, d: export_document(c, d / "v.docx"),
    "voorbereiding": lambda c, d: export_document(c, d / "p.docx", kind="voorbereiding"),
    "voortgang": lambda c, d: export_document(c, d / "g.docx", kind="voortgang"),
    "samenvatting": lambda c, d: export_document(c, d / "s.docx", kind="samenvatting"),
    "pdf": lambda c, d: export_document(c, d / "v.pdf"),
    "afspraken": lambda c, d: export_agreements(c, d / "a.xlsx"),
    "afspraken-csv": lambda c, d: export_agreements(c, d / "a.csv"),
    "afsprakenlijst": lambda c, d: export_afsprakenlijst(c, d / "l.xlsx", list_parties(c)[0].name),
    "kalender": lambda c, d: export_calendar(c, d / "k.ics"),
    "concept": lambda c, d: export_concept(c, d / "c.docx"),
    "concepten": lambda c, d: send_concepts(c, d, per_party=True),
    "leerbrief": lambda c, d: export_leerbrief(c, d / "lb.docx"),
}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_every_export_refuses_an_undecided_name_and_writes_nothing(rich: CaseFile, tmp_path: Path,
                                                                   kind: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Exception) as raised:
        EXPORTS[kind](rich, out)
    error = raised.value
    assert isinstance(error, UndecidedNamesError) or NAME in str(error), str(error)
    if isinstance(error, UndecidedNamesError):
        assert NAME in error.names
        assert "casereview names" in str(error) and "--named" in str(error)  # the command line's wording
        assert error.code == "export.undecided_names"
    assert list(out.iterdir()) == []


def test_after_the_decisions_every_export_passes_and_no_name_is_in_it(rich: CaseFile, tmp_path: Path) -> None:
    set_pseudonym(rich, NAME, "buurvrouw")
    set_pseudonym(rich, PHONE, "[telefoonnummer]")
    keep_as_written(rich, ["het wijkteam"])
    save_leerbrief(rich, story="Een buurvrouw belde.", ready=True)
    out = export_document(rich, tmp_path / "v.docx")
    import docx

    document = docx.Document(str(out))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "Mulder" not in text and "Karin" not in text and PHONE not in text and "[telefoonnummer]" in text
    export_agreements(rich, tmp_path / "a.xlsx")
    export_calendar(rich, tmp_path / "k.ics")
    export_leerbrief(rich, tmp_path / "lb.docx")
    assert "Mulder" not in (tmp_path / "k.ics").read_text(encoding="utf-8")


def test_a_named_document_is_the_one_way_round(rich: CaseFile, tmp_path: Path) -> None:
    out = export_document(rich, tmp_path / "intern.docx", named=True)
    assert out.exists()


def test_an_undecided_name_that_does_not_reach_the_document_does_not_hold_it_back(rich: CaseFile,
                                                                                   tmp_path: Path) -> None:
    update_case_details(rich, incident="Een buurvrouw belde.")
    detect_with(rich, ("Zeist", "locatie"), ("14 mei", "datum"))  # a town and a date do not block
    assert export_document(rich, tmp_path / "v.docx").exists()


def test_concept_file_names_are_pseudonymised(rich: CaseFile, tmp_path: Path) -> None:
    update_case_details(rich, title=f"Review {NAME} juni")
    detect_with(rich, (NAME, "persoon"))
    set_pseudonym(rich, NAME, "buurvrouw")
    files = send_concepts(rich, tmp_path, per_party=True)
    assert files and all("Mulder" not in p.name for p in tmp_path.iterdir())
    assert any("buurvrouw" in p.name for p in tmp_path.iterdir())
