"""Issue 21 §2: the chair decides each candidate; a full name decides its forms unless separated."""

from __future__ import annotations

import pytest
from name_fixtures import detect_with

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.privacy.detection.candidates import detection_state, stored_candidates
from casereview.privacy.detection.decisions import KEPT, keep_as_written, name_states, undecided_blocking
from casereview.privacy.pseudonyms import pairs_of, pseudonymise_text, set_pseudonym
from casereview.session.procedure import update_case_details
from casereview.timeline.events import add_event

FORMS = ["Lotte de Vries", "L. de Vries", "mevr. De Vries", "gezin De Vries", "Lotte", "hr. De Vries",
         "meester De Vries"]


def _states(case: CaseFile) -> dict[str, str]:
    return {st.text: st.decision for st in name_states(case)}


def test_candidates_are_grouped_with_count_and_places(case: CaseFile) -> None:
    add_event(case, date_text="03-2024", description="Juf Sanne belt collega Anouk Visser.")
    add_event(case, date_text="04-2024", description="Anouk Visser aan de telefoon; Dorpsstraat 12 in Zeist.")
    detect_with(case, ("collega Anouk Visser", "persoon"), ("Anouk Visser aan de", "persoon"),
                ("Dorpsstraat 12", "locatie"))
    found = {c.text: c for c in stored_candidates(case)}
    assert set(found) == {"Anouk Visser", "Dorpsstraat 12"}  # the role and the trailing words are not the name
    assert found["Anouk Visser"].count == 2
    assert found["Anouk Visser"].places == ["gebeurtenis 1, omschrijving", "gebeurtenis 2, omschrijving"]
    assert detection_state(case) == "current"
    add_event(case, date_text="05-2024", description="Nieuwe tekst.")
    assert detection_state(case) == "stale"


def test_a_listed_full_name_decides_its_parts_and_forms(case: CaseFile) -> None:
    add_event(case, date_text="03-2024", description=" / ".join(FORMS) + " / Lotte's fiets / 06-12345678")
    detect_with(case, *[(form, "persoon") for form in FORMS], ("06-12345678", "telefoon"))
    assert all(decision == "" for decision in _states(case).values())
    set_pseudonym(case, "Lotte de Vries", "moeder")
    states = _states(case)
    assert {text for text, decision in states.items() if decision} == set(FORMS)
    assert states["Lotte"] == "moeder"
    assert [st.text for st in undecided_blocking(case)] == ["06-12345678"]
    assert pseudonymise_text("Zij zag Lotte's fiets.", pairs_of(case)) == "Zij zag moeder's fiets."


def test_the_chair_separates_a_first_name_and_keeps_a_school(case: CaseFile) -> None:
    update_case_details(case, incident="Lotte de Vries en haar nichtje Lotte; De Regenboog belde.")
    detect_with(case, ("Lotte de Vries", "persoon"), ("Lotte", "persoon"), ("De Regenboog", "instelling"))
    set_pseudonym(case, "Lotte de Vries", "moeder")
    keep_as_written(case, ["Lotte", "de regenboog"])  # any capitals: the text as detection showed it is stored
    states = _states(case)
    assert states == {"Lotte de Vries": "moeder", "Lotte": KEPT, "De Regenboog": KEPT}
    assert ("Lotte", "moeder") not in pairs_of(case)  # kept apart: the other Lotte is not written as "moeder"


def test_keeping_a_text_detection_never_found_is_refused(case: CaseFile) -> None:
    update_case_details(case, incident="Emma viel.")
    detect_with(case, ("Emma", "persoon"))
    with pytest.raises(CaseFileError) as raised:
        keep_as_written(case, ["Emmma"])
    assert raised.value.code == "names.not_detected" and "Emmma" in str(raised.value)
    assert _states(case) == {"Emma": ""}


def test_decisions_survive_the_next_detection(case: CaseFile) -> None:
    update_case_details(case, incident="Emma bij De Regenboog.")
    detect_with(case, ("Emma", "persoon"), ("De Regenboog", "instelling"))
    keep_as_written(case, ["De Regenboog"])
    detect_with(case, ("Emma", "persoon"), ("De Regenboog", "instelling"))
    assert _states(case) == {"Emma": "", "De Regenboog": KEPT}
