"""The documents of the round after the meeting: final verslag with its appendix, summary, evaluation form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from consent_fixtures import TODAY, build_small_case

from casereview.consent.reactions import add_reaction, decide, find_party, set_response
from casereview.reports.concept import export_concept
from casereview.reports.documents import ExportError, build_document, export_document
from casereview.reports.plain_language import plain_language_notes
from casereview.session.evaluation import add_evaluation
from casereview.session.family import add_family_question, answer_family_question, set_involvement
from casereview.session.parties import add_party
from casereview.vocabulary import PartyCategory
from casereview.vocabulary.after_meeting import Involvement, ReactionDecision, ReactionKind, ResponseStatus


@pytest.fixture
def small(tmp_path: Path):
    case = build_small_case(tmp_path / "mol.casereview")
    yield case
    case.close()


def _all_text(path: Path) -> str:
    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def test_final_verslag_refused_until_the_round_is_done(small, tmp_path: Path) -> None:
    out = tmp_path / "definitief.docx"
    with pytest.raises(ExportError, match="nog geen concept verstuurd"):
        export_document(small, out, final=True, today=TODAY)
    export_concept(small, tmp_path / "concept.docx", today=TODAY)
    with pytest.raises(ExportError, match="Nog geen reactie.*Wijkteam Oost"):
        export_document(small, out, final=True, today=TODAY)
    assert not out.exists()


def test_final_verslag_carries_the_appendix(small, tmp_path: Path) -> None:
    export_concept(small, tmp_path / "concept.docx", today=TODAY, deadline=date(2026, 12, 7))
    school = find_party(small, "Basisschool De Regenboog")
    team = find_party(small, "Wijkteam Oost")
    set_response(small, school.id, ResponseStatus.AGREED)
    kept = add_reaction(small, party_id=team.id, text="De coach was er ook bij.", paragraph=3,
                        kind=ReactionKind.ADDITION)
    refused = add_reaction(small, party_id=team.id, text="Wij zien de bundeling anders.", paragraph=4,
                           kind=ReactionKind.OTHER_VIEW)
    decide(small, kept.id, ReactionDecision.ADOPTED, decided_by="voorzitter")
    decide(small, refused.id, ReactionDecision.NOT_ADOPTED, reason="De groep concludeerde dit samen.",
           decided_by="voorzitter")
    out = export_document(small, tmp_path / "definitief.docx", final=True, today=TODAY)
    text = _all_text(out)
    assert "Bijlage C  Reacties op het concept" in text
    assert "Basisschool De Regenboog | akkoord" in text
    assert "Wijkteam Oost | akkoord met opmerkingen" in text
    assert ("Wijkteam Oost | 4 | andere zienswijze | Wij zien de bundeling anders. | "
            "De groep concludeerde dit samen.") in text
    assert "De coach was er ook bij." not in text  # taken over: needs no comment
    assert "2 reacties binnen; 1 zijn overgenomen" in text
    draft = _all_text(export_document(small, tmp_path / "gewoon.docx", today=TODAY))
    assert "Reacties op het concept" not in draft


def test_final_after_the_deadline_names_who_did_not_react(small, tmp_path: Path) -> None:
    export_concept(small, tmp_path / "concept.docx", today=TODAY, deadline=date(2026, 12, 7))
    out = export_document(small, tmp_path / "definitief.docx", final=True, today=date(2026, 12, 8))
    assert "Wijkteam Oost | niet gereageerd (termijn verstreken)" in _all_text(out)


def test_evaluation_hidden_below_three_and_aggregated_from_three(small, tmp_path: Path) -> None:
    add_evaluation(small, [5, 4, 4, 3, 5, 4, 4, 5])
    add_evaluation(small, [1, 4, 4, 3, 5, 4, 4, None])
    text = _all_text(export_document(small, tmp_path / "twee.docx", today=TODAY))
    assert "minder dan 3 evaluaties" in text
    assert "Ik voelde me veilig" not in text
    add_evaluation(small, [3, 4, 4, 3, 5, 4, 4, None])
    text = _all_text(export_document(small, tmp_path / "drie.docx", today=TODAY))
    assert "3 deelnemers vulden de evaluatie anoniem in" in text
    assert "Ik voelde me veilig om te zeggen wat ik dacht. | 3,0  (33% eens) | 3" in text
    assert "Ik zou weer meedoen aan een review. | te weinig antwoorden | 1" in text


def test_family_questions_in_the_verslag_flag_the_unanswered(small, tmp_path: Path) -> None:
    family = add_party(small, "Familie Mol", PartyCategory.CLIENT)
    set_involvement(small, family.id, [Involvement.INTERVIEWED, Involvement.READS_DRAFT], "mevrouw Mol")
    q1 = add_family_question(small, "Waarom hoorden wij niets van de school?")
    add_family_question(small, "Wie had de regie?")
    answer_family_question(small, q1.id, "De school mocht het niet delen zonder toestemming.")
    text = _all_text(export_document(small, tmp_path / "verslag.docx", today=TODAY))
    assert "Vragen van de familie" in text
    assert "Familie Mol: betrokkenheid gesproken, leest het concept; contactpersoon mevrouw Mol." in text
    assert "1 | Waarom hoorden wij niets van de school? | De school mocht het niet delen zonder toestemming." in text
    assert "2 | Wie had de regie? | Nog niet beantwoord" in text
    assert "1 van de 2 vragen van de familie zijn nog niet beantwoord" in text


def test_summary_for_the_family_is_plain(small, tmp_path: Path) -> None:
    add_family_question(small, "Wie had de regie?")
    out = export_document(small, tmp_path / "samenvatting.docx", kind="samenvatting", today=TODAY)
    text = _all_text(out)
    for heading in ("Wat is er gebeurd?", "Wat hebben we geleerd?", "Wat gaat er veranderen?", "Uw vragen",
                    "Wanneer hoort u meer?"):
        assert heading in text
    assert "Op 1 maart 2027 kijken we of de afspraken zijn uitgevoerd." in text
    assert "Hierop hebben we nog geen antwoord." in text
    blank = build_document(small, kind="samenvatting", today=TODAY)
    assert plain_language_notes(blank.all_text()) == []


def test_plain_language_check_finds_jargon_abbreviations_and_long_sentences() -> None:
    notes = plain_language_notes("De GGZ deed een KOPP-check in het kader van de regievoering. "
                                 "Dit is een hele lange zin met veel te veel woorden erin zodat niemand hem nog "
                                 "goed kan volgen. Er kwam een ondertoezichtstelling.")
    assert "Afkorting: GGZ" in notes and "Afkorting: KOPP-check" in notes
    assert "Vakwoord: regievoering" in notes
    assert "Vakwoord: ondertoezichtstelling" not in notes  # the summary explains it under "Woorden in deze tekst"
    assert any(n.startswith("Lange zin (19 woorden)") for n in notes)


def test_printed_evaluation_form_has_every_statement_and_no_name_field(small, tmp_path: Path) -> None:
    out = export_document(small, tmp_path / "formulier.docx", kind="evaluatieformulier", today=TODAY)
    text = _all_text(out)
    assert "Dit formulier is anoniem." in text
    assert "8 | Ik zou weer meedoen aan een review. | ☐ | ☐ | ☐ | ☐ | ☐" in text
    assert "Naam" not in text
    assert "Wat wilt u de voorzitter nog meegeven? Wat werkte, wat kan beter?" in text  # the open question


def test_new_documents_use_pseudonyms_and_pass_the_leak_check(small, tmp_path: Path) -> None:
    from casereview.privacy.pseudonyms import set_pseudonym
    from casereview.session.procedure import update_case_details

    set_pseudonym(small, "Ina", "tante")
    set_pseudonym(small, "Wijkteam Oost", "het wijkteam")
    update_case_details(small, incident="Ina belde in januari het Wijkteam Oost.")
    add_family_question(small, "Waarom hoorde Ina niets?")
    summary = _all_text(export_document(small, tmp_path / "s.docx", kind="samenvatting", pseudonymise=True,
                                        today=TODAY))
    assert "tante belde in januari het het wijkteam." in summary.lower()
    assert "Ina" not in summary.replace("Pagina", "")
    concept = export_concept(small, tmp_path / "c.docx", party="Wijkteam Oost", today=TODAY)
    text = _all_text(concept.path)
    assert "bestemd voor het wijkteam" in text.lower()
    assert "Wijkteam Oost" not in text and "Ina " not in text
