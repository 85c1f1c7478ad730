"""The consent round: a concept goes out, comes back with Word comments, and the reactions are logged."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import docx
import pytest
from consent_fixtures import TODAY, build_small_case, comment_on, libreoffice_resave
from docx.oxml.ns import qn

from casereview.consent.concept_reader import read_concept
from casereview.consent.document_identity import CASE_ID, VERSION, read_properties
from casereview.consent.drafts import list_versions, withdraw_version
from casereview.consent.finality import finality
from casereview.consent.reactions import add_reaction, decide, find_party, list_reactions, read_reactions, set_response
from casereview.model import CaseFileError
from casereview.reports.concept import CONCEPT_HEADER, export_concept, send_concepts
from casereview.session.parties import add_party
from casereview.vocabulary import PartyCategory
from casereview.vocabulary.after_meeting import ReactionChannel, ReactionDecision, ReactionKind, ResponseStatus


@pytest.fixture
def small(tmp_path: Path):
    case = build_small_case(tmp_path / "mol.casereview")
    yield case
    case.close()


def _numbered(path: Path) -> dict[int, str]:
    doc = docx.Document(str(path))
    found = {}
    for p in doc.paragraphs:
        if p.text.startswith("["):
            number, _, text = p.text[1:].partition("] ")
            found[int(number)] = text
    return found


def test_concept_is_numbered_marked_and_carries_its_identity(small, tmp_path: Path) -> None:
    out = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    doc = docx.Document(str(out.path))
    props = read_properties(doc)
    assert props[CASE_ID] == small.case().uuid
    assert props[VERSION] == "1"
    header = "\n".join(p.text for p in doc.sections[0].header.paragraphs)
    assert CONCEPT_HEADER in header
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Reageer uiterlijk op 7 december 2026." in body
    assert "bestemd voor Wijkteam Oost" in body
    assert "opmerking" in body
    numbers = _numbered(out.path)
    assert list(numbers)[:3] == [1, 2, 3]
    version = list_versions(small)[0]
    assert version.deadline == TODAY + timedelta(days=14)
    assert len(version.content_hash) == 64


def test_same_text_keeps_its_version_a_changed_text_gets_the_next(small, tmp_path: Path) -> None:
    first = export_concept(small, tmp_path / "a.docx", party="Wijkteam Oost", today=TODAY)
    second = export_concept(small, tmp_path / "b.docx", party="Basisschool De Regenboog", today=TODAY)
    assert first.version == second.version == 1
    from casereview.findings.conclusions import add_conclusion

    add_conclusion(small, "Een tweede conclusie.")
    third = export_concept(small, tmp_path / "c.docx", today=TODAY)
    assert third.version == 2
    assert [v.number for v in list_versions(small)] == [1, 2]


def test_send_concepts_writes_one_per_organisation(small, tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    written = send_concepts(small, folder, per_party=True, today=TODAY)
    assert sorted(w.party for w in written) == ["Basisschool De Regenboog", "Wijkteam Oost"]
    assert all(w.path.is_file() for w in written)
    assert len({w.version for w in written}) == 1


def test_concept_names_word_title_and_organisation_as_the_verslag_does(tmp_path: Path) -> None:
    """Punctuation a file system accepts stays; two names that differ only in a refused character both get a file."""
    from casereview.privacy.file_names import export_file_name

    case = build_small_case(tmp_path / "k.casereview", title="Review gezin K. (2026)")
    try:
        add_party(case, "Jeugd & Gezin: team 1", PartyCategory.ORGANISATION)
        add_party(case, "Jeugd & Gezin/team 1", PartyCategory.ORGANISATION)
        folder = tmp_path / "uit"
        folder.mkdir()
        written = send_concepts(case, folder, per_party=True, today=TODAY)
        names = sorted(path.name for path in folder.iterdir())
        assert names == ["Review gezin K. (2026) - concept - Basisschool De Regenboog.docx",
                         "Review gezin K. (2026) - concept - Jeugd & Gezin team 1 (2).docx",
                         "Review gezin K. (2026) - concept - Jeugd & Gezin team 1.docx",
                         "Review gezin K. (2026) - concept - Wijkteam Oost.docx"]
        assert len(written) == 4
        assert export_file_name(case, "verslag", ".docx") == "Review gezin K. (2026) - verslag.docx"
    finally:
        case.close()


def test_word_comments_become_reactions_on_their_paragraph(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    numbers = _numbered(concept.path)
    back = tmp_path / "terug.docx"
    comment_on(concept.path, back, [(2, "M. de Boer", "Het doel was breder: ook de overdracht."),
                                    (5, "M. de Boer", "Aanvulling: de huisarts belde ook.")])
    report = read_reactions(small, back)
    assert len(report.added) == 2
    reactions = list_reactions(small)
    assert [(r.paragraph, r.author) for r in reactions] == [(2, "M. de Boer"), (5, "M. de Boer")]
    assert reactions[0].text == "Het doel was breder: ook de overdracht."
    assert reactions[0].paragraph_text.split() == numbers[2].replace("\t", "").split()  # a list item's tab is no text
    assert reactions[0].party_id == find_party(small, "Wijkteam Oost").id
    assert reactions[0].channel == ReactionChannel.WORD
    state = finality(small, TODAY)
    status = {p.party.name: p.status for p in state.parties}
    assert status["Wijkteam Oost"] == ResponseStatus.AGREED_WITH_REMARKS
    assert status["Basisschool De Regenboog"] == ""


def test_reading_the_same_file_twice_adds_nothing(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    back = tmp_path / "terug.docx"
    comment_on(concept.path, back, [(3, "Piet", "Klopt niet.")])
    read_reactions(small, back)
    with pytest.raises(CaseFileError, match="al eerder ingelezen"):
        read_reactions(small, back)
    assert len(list_reactions(small)) == 1


def test_a_later_file_with_one_more_comment_adds_only_that_one(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    comment_on(concept.path, tmp_path / "een.docx", [(3, "Piet", "Klopt niet.")])
    comment_on(tmp_path / "een.docx", tmp_path / "twee.docx", [(4, "Piet", "En dit ook niet.")])
    read_reactions(small, tmp_path / "een.docx")
    report = read_reactions(small, tmp_path / "twee.docx")
    assert [r.text for r in report.added] == ["En dit ook niet."]
    assert report.already_read == 1


def test_foreign_concept_with_the_same_story_is_refused(small, tmp_path: Path) -> None:
    twin = build_small_case(tmp_path / "tweeling.casereview")
    try:
        concept = export_concept(twin, tmp_path / "ander.docx", party="Wijkteam Oost", today=TODAY)
        comment_on(concept.path, tmp_path / "ander-terug.docx", [(2, "Piet", "Opmerking.")])
    finally:
        twin.close()
    export_concept(small, tmp_path / "eigen.docx", party="Wijkteam Oost", today=TODAY)
    with pytest.raises(CaseFileError, match="andere review"):
        read_reactions(small, tmp_path / "ander-terug.docx")
    assert list_reactions(small) == []


def test_concept_of_a_vanished_version_is_refused(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    comment_on(concept.path, tmp_path / "terug.docx", [(2, "Piet", "Opmerking.")])
    withdraw_version(small, 1)
    with pytest.raises(CaseFileError, match="conceptversie 1.*bestaat niet"):
        read_reactions(small, tmp_path / "terug.docx")
    assert list_reactions(small) == []


def test_plain_word_document_is_not_a_concept(small, tmp_path: Path) -> None:
    plain = tmp_path / "brief.docx"
    doc = docx.Document()
    doc.add_paragraph("Een gewone brief.")
    doc.save(str(plain))
    with pytest.raises(CaseFileError, match="geen concept van casereview"):
        read_reactions(small, plain)
    (tmp_path / "kapot.docx").write_bytes(b"geen zip")
    with pytest.raises(CaseFileError, match="kapot.docx"):
        read_reactions(small, tmp_path / "kapot.docx")


def test_concept_for_all_needs_the_party(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "allen.docx", today=TODAY)
    comment_on(concept.path, tmp_path / "terug.docx", [(2, "Piet", "Opmerking.")])
    with pytest.raises(CaseFileError, match="--party"):
        read_reactions(small, tmp_path / "terug.docx")
    report = read_reactions(small, tmp_path / "terug.docx", party="basisschool de regenboog")
    assert report.party == "Basisschool De Regenboog"


def test_dry_run_writes_nothing(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    comment_on(concept.path, tmp_path / "terug.docx", [(2, "Piet", "Opmerking.")])
    report = read_reactions(small, tmp_path / "terug.docx", dry_run=True)
    assert len(report.added) == 1 and "zou toevoegen" in report.summary()
    assert list_reactions(small) == []


@pytest.mark.libreoffice
def test_concept_resaved_by_libreoffice_keeps_identity_and_comments(small, tmp_path: Path) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    commented = tmp_path / "met-opmerking.docx"
    comment_on(concept.path, commented, [(4, "M. de Boer", "Dit was in juni, niet in juli.")])
    resaved = libreoffice_resave(commented, tmp_path / "lo")
    assert resaved.read_bytes() != commented.read_bytes()
    found = read_concept(resaved)
    assert found.case_id == small.case().uuid and found.version == 1
    assert [(c.paragraph, c.author, c.text) for c in found.comments] == [
        (4, "M. de Boer", "Dit was in juni, niet in juli.")]
    read_reactions(small, resaved)
    with pytest.raises(CaseFileError, match="al eerder ingelezen"):
        read_reactions(small, commented)  # the same comment, before LibreOffice saved it
    assert len(list_reactions(small)) == 1


def test_typed_reaction_and_decisions(small, tmp_path: Path) -> None:
    export_concept(small, tmp_path / "concept.docx", today=TODAY)
    school = find_party(small, "Basisschool De Regenboog")
    reaction = add_reaction(small, party_id=school.id, text="Telefonisch: datum klopt niet.", paragraph=3,
                            channel=ReactionChannel.PHONE, kind=ReactionKind.FACTUAL_CORRECTION, author="directeur")
    with pytest.raises(CaseFileError, match="reden"):
        decide(small, reaction.id, ReactionDecision.NOT_ADOPTED, decided_by="voorzitter")
    with pytest.raises(CaseFileError, match="wie"):
        decide(small, reaction.id, ReactionDecision.ADOPTED)
    with pytest.raises(CaseFileError, match="Alinea 999"):
        add_reaction(small, party_id=school.id, text="x", paragraph=999)
    decide(small, reaction.id, ReactionDecision.NOT_ADOPTED, reason="De datum staat zo in het dossier.",
           decided_by="voorzitter")
    row = list_reactions(small)[0]
    assert (row.decision, row.decision_reason, row.decided_by) == (
        ReactionDecision.NOT_ADOPTED, "De datum staat zo in het dossier.", "voorzitter")
    assert row.paragraph_text


def test_finality_gate(small, tmp_path: Path) -> None:
    assert finality(small, TODAY).blockers == ["Er is nog geen concept verstuurd (Concept versturen)."]
    export_concept(small, tmp_path / "concept.docx", today=TODAY, deadline=date(2026, 12, 7))
    state = finality(small, TODAY)
    assert not state.final_allowed
    assert "Basisschool De Regenboog, Wijkteam Oost" in state.blockers[0]
    school = find_party(small, "Basisschool De Regenboog")
    team = find_party(small, "Wijkteam Oost")
    set_response(small, school.id, ResponseStatus.AGREED)
    reaction = add_reaction(small, party_id=team.id, text="Mail: aanvulling.", channel=ReactionChannel.EMAIL)
    state = finality(small, TODAY)
    assert state.blockers == ["Over 1 reactie is nog niet besloten (overgenomen of niet)."]
    decide(small, reaction.id, ReactionDecision.ADOPTED, decided_by="voorzitter")
    assert finality(small, TODAY).final_allowed


def test_deadline_passed_opens_the_gate_for_the_silent(small, tmp_path: Path) -> None:
    export_concept(small, tmp_path / "concept.docx", today=TODAY, deadline=date(2026, 12, 7))
    assert not finality(small, date(2026, 12, 7)).final_allowed
    state = finality(small, date(2026, 12, 8))
    assert state.final_allowed
    assert all(p.deadline_passed and not p.status for p in state.parties)


def test_tracked_changes_come_in_as_proposed_corrections(small, tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    doc = docx.Document(str(concept.path))
    paragraph = next(p for p in doc.paragraphs if p.text.startswith("[3] "))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="90" w:author="Piet" w:date="2026-11-30T10:00:00Z">'
        '<w:r><w:t xml:space="preserve"> in september</w:t></w:r></w:ins>'))
    doc.save(str(tmp_path / "wijziging.docx"))
    report = read_reactions(small, tmp_path / "wijziging.docx")
    assert [(r.paragraph, r.author, r.kind, r.text) for r in report.added] == [
        (3, "Piet", ReactionKind.FACTUAL_CORRECTION, "Voorgestelde wijziging — toegevoegd: \u201cin september\u201d")]


def _with_property(source: Path, target: Path, name: str, value: str) -> Path:
    """Change one custom property of a returned concept, as anyone can in Word's file properties."""
    from casereview.consent.document_identity import write_properties

    doc = docx.Document(str(source))
    props = read_properties(doc)
    props[name] = value
    write_properties(doc, props)
    doc.save(str(target))
    return target


def test_one_partys_concept_is_not_read_as_another_partys_reactions(small, tmp_path: Path) -> None:
    """Issue 22 §4: --party overrode the concept's party; one concept satisfied three parties' responses."""
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    comment_on(concept.path, tmp_path / "terug.docx", [(2, "Piet", "Opmerking.")])
    with pytest.raises(CaseFileError, match="andere organisatie dan Basisschool De Regenboog"):
        read_reactions(small, tmp_path / "terug.docx", party="Basisschool De Regenboog")
    assert list_reactions(small) == []
    report = read_reactions(small, tmp_path / "terug.docx", party="wijkteam oost")  # its own party is fine
    assert report.party == "Wijkteam Oost"


def test_an_edited_party_or_version_property_is_detected(small, tmp_path: Path) -> None:
    from casereview.consent.document_identity import PARTY_ID

    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    comment_on(concept.path, tmp_path / "terug.docx", [(2, "Piet", "Opmerking.")])
    school = find_party(small, "Basisschool De Regenboog")
    edited = _with_property(tmp_path / "terug.docx", tmp_path / "bewerkt.docx", PARTY_ID, str(school.id))
    with pytest.raises(CaseFileError, match="na het versturen veranderd"):
        read_reactions(small, edited)
    assert list_reactions(small) == []


@pytest.mark.parametrize("version", ["²", "9" * 5000, "1e3"])
def test_a_version_that_is_no_number_gives_a_clear_message(small, tmp_path: Path, version: str) -> None:
    concept = export_concept(small, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    edited = _with_property(concept.path, tmp_path / "bewerkt.docx", VERSION, version)
    with pytest.raises(CaseFileError, match="geen nummer van casereview") as err:
        read_reactions(small, edited)
    assert len(str(err.value)) < 400
def test_a_party_copy_marks_the_passages_about_that_organisation(small, tmp_path: Path) -> None:
    from casereview.reports.concept import MARK_FILL

    copy = export_concept(small, tmp_path / "wijkteam.docx", party="Wijkteam Oost", today=TODAY)
    general = export_concept(small, tmp_path / "alle.docx", today=TODAY)
    assert copy.version == general.version  # shading only: the text of both copies is one version

    def shaded(path: Path) -> list[str]:
        doc = docx.Document(str(path))
        found = []
        for child in doc.element.body:
            units = [child] if child.tag == qn("w:p") else list(child.iter(qn("w:tr")))
            for unit in units:
                props = unit.find(qn("w:pPr")) if unit.tag == qn("w:p") else unit.find(f"{qn('w:tc')}/{qn('w:tcPr')}")
                shd = props.find(qn("w:shd")) if props is not None else None
                if shd is not None and shd.get(qn("w:fill")) == MARK_FILL:
                    found.append("".join(t.text or "" for t in unit.iter(qn("w:t"))))
        return found

    marked = shaded(copy.path)
    assert marked and all("wijkteam oost" in text.lower() for text in marked)
    assert shaded(general.path) == []
    intro = "\n".join(p.text for p in docx.Document(str(copy.path)).paragraphs)
    count = f"{len(marked)} passage{'s' if len(marked) != 1 else ''}"
    assert f"{count} waarin Wijkteam Oost genoemd wordt, {'zijn' if len(marked) != 1 else 'is'} geel" in intro
