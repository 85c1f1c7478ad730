from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from casereview.model.tables import Pseudonym
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.reports.documents import KINDS, ExportError, NameLeakError, export_document
from casereview.timeline.events import add_event

sys.path.insert(0, str(Path(__file__).parent))
from export_fixtures import EVENTS, PARTIES, TODAY, rich_case_copy  # noqa: E402

REAL_NAMES = ("Sanne", "Noor", "Bram", "De Vries")


@pytest.fixture()
def case(tmp_path):
    c = rich_case_copy(tmp_path)
    yield c
    c.close()


def all_text(document) -> str:
    """Every w:t in body, headers and footers."""
    parts = ["".join(t.text or "" for t in document.element.body.iter(docx.oxml.ns.qn("w:t")))]
    for section in document.sections:
        for hf in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts.append("".join(t.text or "" for t in hf._element.iter(docx.oxml.ns.qn("w:t"))))
    return "\n".join(parts)


def export_files(folder: Path) -> list[str]:
    """What an export left in the folder: everything but the case file and its lock."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(("rich.casereview", ".~rich")))


def find_table(document, header: str):
    return next(t for t in document.tables if header in [c.text for c in t.rows[0].cells])


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_verslag_holds_every_section_event_and_agreement(case, tmp_path) -> None:
    out = export_document(case, tmp_path / "verslag.docx", pseudonymise=True, today=TODAY)
    document = docx.Document(str(out))
    top = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert top == ["Colofon", "Inhoud", "1 Samenvatting", "2 Aanleiding, doel en reviewvragen", "3 Werkwijze",
                   "4 Analyse", "5 Conclusies", "6 Verbeterafspraken", "7 Vervolg en borging",
                   "8 Vragen van de familie", "9 Evaluatie door de deelnemers", "Bijlage A  Deelnemers",
                   "Bijlage B  Tijdlijn"]
    timeline = find_table(document, "Wat er gebeurde")
    assert len(timeline.rows) == len(EVENTS) + 1
    assert [r.cells[0].text for r in timeline.rows[1:]] == [str(i) for i in range(1, len(EVENTS) + 1)]
    key_cells = [r.cells[5].text for r in timeline.rows[1:]]
    assert key_cells.count("zorgelijk") == 3 and key_cells.count("goed") == 2
    blocks = [t for t in document.tables if t.rows[0].cells[0].text.startswith("Afspraak ")]
    assert [b.rows[0].cells[0].text for b in blocks] == ["Afspraak 1", "Afspraak 2", "Afspraak 3"]
    fields = [{r.cells[0].text: r.cells[1].text for r in b.rows[1:]} for b in blocks]
    assert "te laat" in fields[0]["Uiterlijk"]  # due 1 sept 2026, still in progress
    assert "niet uitgevoerd" in blocks[1].rows[0].cells[1].text
    participants = find_table(document, "Partij")
    assert len(participants.rows) == len(PARTIES) + 1
    rules = find_table(document, "Nageleefd")
    assert [r.cells[0].text for r in rules.rows[1:]] == [str(i) for i in range(1, 8)]
    text = all_text(document)
    assert "Vertrouwelijk" in text and "Pagina" in text
    assert "Casusreview familie X" in text  # the title, pseudonymised, in the header
    assert "Er hoeft niets te veranderen, omdat: " in text
    assert "Gebeurtenis 2: " in text  # a conclusion names the event it rests on
    assert "23 november 2026" in text
    assert "1 maart 2027" in text  # follow-up date
    # attribution per party: no person's name in the document
    for person in ("Petra Jansen", "Karel Smit", "Ineke Bos"):
        assert person not in text
    assert len(document.inline_shapes) == 1  # the timeline chart


def test_pseudonymise_replaces_names_everywhere(case, tmp_path) -> None:
    out = export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY)
    document = docx.Document(str(out))
    text = all_text(document).lower()
    for name in REAL_NAMES:
        assert name.lower() not in text
    assert "moeder's partner" in text  # possessive in the timeline
    assert "moeders gezin" in text  # "Sannes gezin" in a conclusion
    assert "kind 1" in text
    assert document.core_properties.title == "Casusreview familie X"
    for kind in ("voorbereiding", "voortgang"):
        other = docx.Document(str(export_document(case, tmp_path / f"{kind}.docx", kind=kind, pseudonymise=True,
                                                  today=TODAY)))
        assert not [n for n in REAL_NAMES if n.lower() in all_text(other).lower()]


def test_names_listed_but_not_pseudonymised_is_refused(case, tmp_path) -> None:
    target = tmp_path / "v.docx"
    with pytest.raises(NameLeakError) as err:
        export_document(case, target, pseudonymise=False, today=TODAY)
    places = err.value.places
    assert "kop" in places and "titelpagina" in places
    assert any(p.startswith("tijdlijn rij ") for p in places)
    assert "conclusie 3" in places
    assert "Pseudoniem" in str(err.value) or "pseudoniem" in str(err.value)
    assert not target.exists()
    assert export_files(tmp_path) == []


def test_a_name_the_replacement_cannot_cover_is_refused(case, tmp_path) -> None:
    # "Ben" hides inside the pseudonym of another name: after replacing, it would still be there.
    set_pseudonym(case, "Bram", "Ben's vriend")
    with case.write("pseudonym", "add") as s:
        s.add(Pseudonym(real_name="Ben", pseudonym="broer"))
    target = tmp_path / "v.docx"
    with pytest.raises(NameLeakError) as err:
        export_document(case, target, pseudonymise=True, today=TODAY)
    assert err.value.names == ["Ben"]
    assert any(p.startswith("tijdlijn rij ") for p in err.value.places)
    assert not target.exists()


def test_a_name_in_the_template_is_refused(case, tmp_path) -> None:
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "{titel} — kladversie over Noor, niet verspreiden"
    path = tmp_path / "eigen-sjabloon.docx"
    template.save(str(path))
    with pytest.raises(NameLeakError) as err:
        export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY, template=path)
    assert err.value.places == ["kop"]


def test_a_case_without_pseudonyms_exports_names(tmp_path) -> None:
    case = rich_case_copy(tmp_path, with_pseudonyms=False)
    out = export_document(case, tmp_path / "v.docx", today=TODAY)
    assert "Sanne" in all_text(docx.Document(str(out)))
    case.close()


def test_named_attribution_shows_persons(case, tmp_path) -> None:
    from casereview.session.procedure import update_case_details

    update_case_details(case, attribution="named")
    text = all_text(docx.Document(str(export_document(case, tmp_path / "v.docx", pseudonymise=True,
                                                      today=TODAY))))
    assert "Petra Jansen (jeugdbeschermer)" in text


def test_preparation_pack_for_one_party_and_for_all(case, tmp_path) -> None:
    one = docx.Document(str(export_document(case, tmp_path / "jb.docx", kind="voorbereiding",
                                            party="jeugdbescherming regio", pseudonymise=True, today=TODAY)))
    text = all_text(one)
    assert "Hoe verliep de overdracht van het dossier?" in text
    assert "Welke signalen zag de school?" not in text
    assert "Wat wist u van de thuissituatie van kind 1?" in text
    assert "Spelregels" in headings(one) and "Agenda" in headings(one)
    agenda = find_table(one, "Fase")
    assert len(agenda.rows) == 8
    timeline = find_table(one, "Wat er gebeurde")
    assert len(timeline.rows) == len(EVENTS) + 1
    everyone = all_text(docx.Document(str(export_document(case, tmp_path / "all.docx", kind="voorbereiding",
                                                          pseudonymise=True, today=TODAY))))
    assert "Hoe verliep de overdracht van het dossier?" in everyone and "Welke signalen zag de school?" in everyone
    with pytest.raises(ExportError) as err:
        export_document(case, tmp_path / "x.docx", kind="voorbereiding", party="Politie", pseudonymise=True)
    assert "Politie" in str(err.value) and "Veilig Thuis" in str(err.value)


def test_progress_report_marks_overdue_and_lists_notes(case, tmp_path) -> None:
    document = docx.Document(str(export_document(case, tmp_path / "voortgang.docx", kind="voortgang",
                                                 pseudonymise=True, today=TODAY)))
    overview = document.tables[0]
    assert len(overview.rows) == 4
    assert overview.rows[1].cells[4].text == "in uitvoering — te laat"
    assert overview.rows[2].cells[4].text == "niet uitgevoerd"
    text = all_text(document)
    assert "1 oktober 2026: Concept formulier besproken in het teamoverleg." in text
    assert "5 november 2026: Moeder's casus gebruikt als voorbeeld in de scholing." in text
    assert "geen budget voor aanpassing van het systeem" in text


def test_unknown_kind_and_bad_targets(case, tmp_path) -> None:
    with pytest.raises(ExportError):
        export_document(case, tmp_path / "x.docx", kind="notulen")
    with pytest.raises(ExportError) as err:
        export_document(case, tmp_path / "nergens" / "x.docx", pseudonymise=True)
    assert "bestaat niet" in str(err.value)
    target = tmp_path / "open.docx"
    target.write_bytes(b"old")
    (tmp_path / ".~lock.open.docx#").write_text("x")
    with pytest.raises(ExportError) as err:
        export_document(case, target, pseudonymise=True)
    assert "geopend" in str(err.value)
    assert target.read_bytes() == b"old"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unwritable_folder_and_private_file(case, tmp_path) -> None:
    out = export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY)
    assert out.stat().st_mode & 0o777 == 0o600
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError) as err:
            export_document(case, locked / "v.docx", pseudonymise=True)
        assert "schrijven" in str(err.value)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_and_no_temp(case, tmp_path, monkeypatch) -> None:
    from casereview.reports.docx_builder import DocumentBuilder

    target = tmp_path / "v.docx"
    target.write_bytes(b"previous version")

    def broken_save(self, path):
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocumentBuilder, "save", broken_save)
    with pytest.raises(ExportError):
        export_document(case, target, pseudonymise=True, today=TODAY)
    assert target.read_bytes() == b"previous version"
    assert export_files(tmp_path) == ["v.docx"]


def test_empty_case_exports_every_kind(tmp_path) -> None:
    from casereview.casefile.case_file import create_case

    case = create_case(tmp_path / "empty.casereview", "Lege review")
    for kind in KINDS:
        out = export_document(case, tmp_path / f"{kind}.docx", kind=kind, today=TODAY)
        assert "Lege review" in all_text(docx.Document(str(out)))
    case.close()


def test_event_without_date_and_many_events(case, tmp_path) -> None:
    for i in range(40):
        add_event(case, date_text=f"{(i % 28) + 1:02d}-03-2021", description=f"Extra contact {i}")
    document = docx.Document(str(export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY)))
    timeline = find_table(document, "Wat er gebeurde")
    assert len(timeline.rows) == len(EVENTS) + 40 + 1
    assert any(r.cells[1].text == "??-??-????" for r in timeline.rows[1:])


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_every_kind(case, tmp_path) -> None:
    docs = [export_document(case, tmp_path / f"{kind}.docx", kind=kind, pseudonymise=True, today=TODAY)
            for kind in KINDS]
    profile = tmp_path / "lo-profile"
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *map(str, docs)], check=True, capture_output=True, timeout=180)
    for kind in KINDS:
        pdf = tmp_path / f"{kind}.pdf"
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_a_file_locked_by_another_program_is_left_alone(case, tmp_path, monkeypatch) -> None:
    import casereview.reports.safe_write as target_module

    target = tmp_path / "v.docx"
    target.write_bytes(b"open in Word")

    def refuse(_src, _dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(target_module.os, "replace", refuse)
    with pytest.raises(ExportError) as err:
        export_document(case, target, pseudonymise=True, today=TODAY)
    assert "geopend" in str(err.value) and "v.docx" in str(err.value)
    assert target.read_bytes() == b"open in Word"
    assert export_files(tmp_path) == ["v.docx"]


def test_a_name_in_a_party_name_reaches_the_chart_check(case, tmp_path) -> None:
    from casereview.session.parties import add_party

    party = add_party(case, "Familie De Vries")
    add_event(case, date_text="01-08-2020", description="Gesprek thuis", party_id=party.id)
    with pytest.raises(NameLeakError) as err:
        export_document(case, tmp_path / "v.docx", today=TODAY, pseudonymise=False)
    assert "tijdlijngrafiek" in err.value.places and "deelnemers rij 2" in err.value.places
    text = all_text(docx.Document(str(export_document(case, tmp_path / "v.docx", pseudonymise=True,
                                                      today=TODAY))))
    assert "Familie X" in text and "De Vries" not in text


def test_an_organisation_template_in_the_settings_folder_is_used(case, tmp_path) -> None:
    from casereview.paths import config_dir

    own = docx.Document()
    own.sections[0].header.paragraphs[0].text = "{titel} | Huisstijl Jeugdzorg Regio"
    own.sections[0].footer.paragraphs[0].text = "Afgedrukt {datum}"
    own.save(str(config_dir() / "verslag-sjabloon.docx"))
    document = docx.Document(str(export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY)))
    assert document.sections[0].header.paragraphs[0].text == "Casusreview familie X | Huisstijl Jeugdzorg Regio"
    assert document.sections[0].footer.paragraphs[0].text == "Afgedrukt 23 november 2026"


def test_control_characters_from_pasted_text_do_not_break_the_document(case, tmp_path) -> None:
    from casereview.session.parties import add_party

    party = add_party(case, "Politie\x0b basisteam")
    add_event(case, date_text="02-08-2020", description="Melding\x07 ontvangen\x1b via de meldkamer",
              party_id=party.id)
    document = docx.Document(str(export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY)))
    text = all_text(document)
    assert "Melding ontvangen via de meldkamer" in text and "Politie basisteam" in text


def test_names_hidden_in_the_apps_own_words_do_not_block_an_export(case, tmp_path) -> None:
    # "Ina" hides in "Pagina" (footer), "Jan" in "januari", "Els" in "Spelregels".
    set_pseudonym(case, "Ina", "tante")
    set_pseudonym(case, "Jan", "opa")
    set_pseudonym(case, "Els", "buurvrouw")
    add_event(case, date_text="01-2020", description="Ina en Jan passen op; Els belt de politie.")
    for kind in KINDS:
        out = export_document(case, tmp_path / f"{kind}.docx", kind=kind, pseudonymise=True, today=TODAY)
        text = all_text(docx.Document(str(out)))
        assert "Tante en opa passen op; buurvrouw belt de politie." in text or kind == "voortgang"
        assert "Pagina" in text
    assert "januari 2020" in all_text(docx.Document(str(tmp_path / "verslag.docx")))
    assert "Spelregels" in all_text(docx.Document(str(tmp_path / "voorbereiding.docx")))
    with pytest.raises(NameLeakError) as err:
        export_document(case, tmp_path / "plain.docx", today=TODAY, pseudonymise=False)
    assert "Ina" in err.value.names and "Jan" in err.value.names


def test_a_bare_organisation_template_without_heading_styles_still_works(case, tmp_path) -> None:
    bare = docx.Document()
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle", "List Bullet"):
        element = bare.styles[name].element
        element.getparent().remove(element)
    path = tmp_path / "kaal.docx"
    bare.save(str(path))
    for kind in KINDS:
        out = export_document(case, tmp_path / f"{kind}.docx", kind=kind, pseudonymise=True, today=TODAY,
                              template=path)
        document = docx.Document(str(out))
        assert "Casusreview familie X" in all_text(document)
        assert any(p.style.name == "Heading 1" for p in document.paragraphs)


def test_a_word_template_dotx_is_accepted_and_a_broken_one_explained(case, tmp_path) -> None:
    import zipfile

    source = Path(__file__).resolve().parents[2] / "resources" / "verslag-sjabloon.docx"
    dotx = tmp_path / "huisstijl.dotx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dotx, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(item, data)
    out = export_document(case, tmp_path / "v.docx", pseudonymise=True, today=TODAY, template=dotx)
    assert "Vertrouwelijk" in all_text(docx.Document(str(out)))
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ExportError) as err:
        export_document(case, tmp_path / "w.docx", pseudonymise=True, today=TODAY, template=broken)
    assert "kapot.docx" in str(err.value)
    assert not (tmp_path / "w.docx").exists()
