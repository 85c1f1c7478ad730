"""The anonymous evaluation and the family's place in the review."""

from __future__ import annotations

import pytest

from casereview.model import CaseFileError
from casereview.session.evaluation import add_evaluation, summarise_evaluations
from casereview.session.family import (
    add_family_question,
    answer_family_question,
    mark_event_from_family,
    set_involvement,
    unanswered,
)
from casereview.session.parties import add_participant, add_party, list_parties
from casereview.session.rules_check import evaluate_rules
from casereview.timeline.events import add_event, list_events
from casereview.vocabulary import PartyCategory
from casereview.vocabulary.after_meeting import Involvement


def test_evaluation_refuses_bad_forms(case) -> None:
    with pytest.raises(CaseFileError, match="8 antwoorden"):
        add_evaluation(case, [5, 5])
    with pytest.raises(CaseFileError, match="Vraag 2"):
        add_evaluation(case, [5, 6, 5, 5, 5, 5, 5, 5])
    with pytest.raises(CaseFileError, match="leeg"):
        add_evaluation(case, [None] * 8)


def test_evaluation_is_shown_only_from_three_answers(case) -> None:
    add_evaluation(case, [5, 5, 5, 5, 5, 5, 5, 5])
    add_evaluation(case, [1, 1, 1, 1, 1, 1, 1, 1])
    summary = summarise_evaluations(case)
    assert (summary.count, summary.shown, summary.questions) == (2, False, [])
    add_evaluation(case, [3, 3, 3, 3, 3, 3, 3, 3])
    summary = summarise_evaluations(case)
    assert summary.shown
    assert [q.mean for q in summary.questions] == [3.0] * 8
    assert summary.questions[0].agree_share == 0.33


def test_family_involvement_questions_and_events(case) -> None:
    family = add_party(case, "Familie Mol", PartyCategory.CLIENT)
    set_involvement(case, family.id, [Involvement.READS_DRAFT, Involvement.INFORMED], "mevrouw Mol")
    stored = next(p for p in list_parties(case) if p.id == family.id)
    assert (stored.involvement, stored.contact_person) == ("informed,reads_draft", "mevrouw Mol")
    with pytest.raises(CaseFileError, match="betrokkenheid"):
        set_involvement(case, family.id, ["bemoeit zich"])
    q = add_family_question(case, "Waarom?")
    assert [x.text for x in unanswered(case)] == ["Waarom?"]
    answer_family_question(case, q.id, "Daarom.")
    assert unanswered(case) == []
    event = add_event(case, date_text="2020", description="Moeder belde de school.")
    mark_event_from_family(case, event.id)
    assert list_events(case)[0].event.from_family is True


def test_rule_five_warns_without_a_client_party(case) -> None:
    school = add_party(case, "School", PartyCategory.ORGANISATION)
    add_participant(case, "Ineke", "leerkracht", school.id)
    rule5 = next(r for r in evaluate_rules(case) if r.rule == 5)
    assert "geen cliënt" in rule5.warning
    family = add_party(case, "Familie", PartyCategory.CLIENT)
    add_participant(case, "Moeder", "moeder", family.id)
    rule5 = next(r for r in evaluate_rules(case) if r.rule == 5)
    assert rule5.warning == ""
