"""Conclusions service: links, edits that can be undone, deletes that come back whole."""

from __future__ import annotations

import pytest

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import add_agreement, get_agreement
from casereview.findings.conclusions import (
    add_conclusion,
    add_theme,
    delete_conclusion,
    get_conclusion,
    list_conclusions,
    list_themes,
    restore_conclusion,
    update_conclusion,
)
from casereview.model import CaseFileError
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.timeline.events import add_event


@pytest.fixture
def linked(case: CaseFile) -> dict[str, int]:
    party = add_party(case, "Wijkteam")
    e1 = add_event(case, date_text="03-2019", description="Melding school", party_id=party.id)
    e2 = add_event(case, date_text="04-2019", description="Huisbezoek", party_id=party.id)
    c1 = add_contribution(case, text="Niemand belde terug", party_id=party.id)
    theme = list_themes(case)[0]
    item = add_conclusion(case, "Signalen kwamen niet samen", event_ids=[e1.id, e2.id],
                          contribution_ids=[c1.id], theme_ids=[theme.id])
    return {"conclusion": item.id, "e1": e1.id, "e2": e2.id, "c1": c1.id, "theme": theme.id}


def test_own_theme_is_stored_once_and_not_default(case: CaseFile) -> None:
    defaults = len(list_themes(case))
    first = add_theme(case, "  Informatie  bij   verhuizing ")
    again = add_theme(case, "informatie bij verhuizing")
    assert first.id == again.id
    themes = list_themes(case)
    assert len(themes) == defaults + 1
    assert [t.name for t in themes if not t.is_default] == ["Informatie bij verhuizing"]


def test_update_with_links_returns_what_undoes_it(case: CaseFile, linked: dict[str, int]) -> None:
    cid = linked["conclusion"]
    before = update_conclusion(case, cid, text="Signalen bleven liggen", event_ids=[linked["e2"]],
                               contribution_ids=[], theme_ids=[])
    view = get_conclusion(case, cid)
    assert (view.conclusion.text, view.event_ids, view.contribution_ids, view.themes) == (
        "Signalen bleven liggen", [linked["e2"]], [], [])
    update_conclusion(case, cid, **before)
    view = get_conclusion(case, cid)
    assert view.conclusion.text == "Signalen kwamen niet samen"
    assert sorted(view.event_ids) == sorted([linked["e1"], linked["e2"]])
    assert view.contribution_ids == [linked["c1"]]
    assert view.theme_ids == [linked["theme"]]


def test_no_change_needs_a_reason_and_refusal_changes_nothing(case: CaseFile, linked: dict[str, int]) -> None:
    cid = linked["conclusion"]
    with pytest.raises(CaseFileError, match="waarom"):
        update_conclusion(case, cid, text="Werkwijze was goed", no_change=True, no_change_reason="  ",
                          event_ids=[])
    view = get_conclusion(case, cid)
    assert view.conclusion.text == "Signalen kwamen niet samen"
    assert len(view.event_ids) == 2
    update_conclusion(case, cid, text="Werkwijze was goed", no_change=True, no_change_reason="De meldcode werkte")
    assert get_conclusion(case, cid).conclusion.no_change_reason == "De meldcode werkte"


def test_delete_and_restore_bring_back_links_and_agreement(case: CaseFile, linked: dict[str, int]) -> None:
    cid = linked["conclusion"]
    agreement = add_agreement(case, action="Overdracht samen doen", conclusion_id=cid)
    snapshot = delete_conclusion(case, cid)
    assert list_conclusions(case) == []
    assert get_agreement(case, agreement.id).conclusion_id is None
    restore_conclusion(case, snapshot)
    view = get_conclusion(case, cid)
    assert sorted(view.event_ids) == sorted([linked["e1"], linked["e2"]])
    assert view.contribution_ids == [linked["c1"]]
    assert view.theme_ids == [linked["theme"]]
    assert get_agreement(case, agreement.id).conclusion_id == cid


def test_editing_a_deleted_conclusion_is_refused(case: CaseFile, linked: dict[str, int]) -> None:
    delete_conclusion(case, linked["conclusion"])
    with pytest.raises(CaseFileError, match="bestaat niet meer"):
        update_conclusion(case, linked["conclusion"], text="Anders")
