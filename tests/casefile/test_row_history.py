"""Undo through services: a delete takes every row the database cascades, and gives it all back."""

from __future__ import annotations

import pytest

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import remove_rows, restore_state
from casereview.findings.agreements import add_agreement, add_progress_note, delete_agreement, restore_agreement
from casereview.findings.conclusions import add_conclusion, get_conclusion, list_themes
from casereview.model import CaseFileError
from casereview.model.tables import AgreementThemeLink, Party
from casereview.session.agenda_templates import add_phase, agenda_state, remove_phase
from casereview.session.clock import add_elapsed
from casereview.session.contributions import add_contribution, delete_contribution, restore_contribution
from casereview.session.procedure import list_steps


def test_deleting_a_contribution_keeps_its_conclusion_links_for_undo(case: CaseFile) -> None:
    said = add_contribution(case, text="Niemand belde terug", party_id=None)
    conclusion = add_conclusion(case, "Signalen bleven liggen", contribution_ids=[said.id])
    removed = delete_contribution(case, said.id)
    assert removed.count("conclusioncontributionlink") == 1
    assert get_conclusion(case, conclusion.id).contribution_ids == []
    restore_contribution(case, removed)
    assert get_conclusion(case, conclusion.id).contribution_ids == [said.id]


def test_deleting_an_agreement_keeps_notes_and_themes(case: CaseFile) -> None:
    theme = list_themes(case)[0]
    agreement = add_agreement(case, action="Warme overdracht")
    add_progress_note(case, agreement.id, "Eerste gesprek gevoerd")
    with case.write("agreement", "edit") as s:  # themes of agreements come from the demo and older files
        s.add(AgreementThemeLink(agreement_id=agreement.id, theme_id=theme.id))
    removed = delete_agreement(case, agreement.id)
    assert (removed.count("progressnote"), removed.count("agreementthemelink")) == (1, 1)
    restore_agreement(case, removed)
    again = delete_agreement(case, agreement.id)
    assert (again.count("progressnote"), again.count("agreementthemelink")) == (1, 1)


def test_agenda_undo_keeps_the_clock_and_refuses_to_drop_a_phase_in_use(case: CaseFile) -> None:
    before = agenda_state(case)
    first = list_steps(case)[0]
    added = add_phase(case, "Extra fase")
    add_elapsed(case, first.id, 90)
    restore_state(case, before)
    steps = list_steps(case)
    assert added.id not in [s.id for s in steps]
    assert next(s for s in steps if s.id == first.id).elapsed_seconds == 90  # the clock is not undone
    removed_state = agenda_state(case)
    remove_phase(case, first.id)
    restore_state(case, removed_state)
    assert list_steps(case)[0].id == first.id

    state = agenda_state(case)
    later = add_phase(case, "Nog een fase")
    add_contribution(case, text="Al gezegd in de nieuwe fase", party_id=None, step_id=later.id)
    with pytest.raises(CaseFileError, match="niet meer ongedaan"):
        restore_state(case, state)


def test_undo_puts_a_contribution_back_even_when_its_party_went_since(case: CaseFile) -> None:
    from casereview.session.contributions import list_contributions
    from casereview.session.parties import add_party

    party = add_party(case, "Wijkteam Noord")
    said = add_contribution(case, text="Wij waren er niet bij", party_id=party.id)
    conclusion = add_conclusion(case, "Het wijkteam miste het overleg", contribution_ids=[said.id])
    removed = delete_contribution(case, said.id)
    party_rows = remove_rows(case, Party, [party.id], "party")
    assert party_rows.count("party") == 1
    restore_contribution(case, removed)
    [back] = list_contributions(case)
    assert (back.id, back.text, back.party_id) == (said.id, "Wij waren er niet bij", None)
    assert get_conclusion(case, conclusion.id).contribution_ids == [said.id]
