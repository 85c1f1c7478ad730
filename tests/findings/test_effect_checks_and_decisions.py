"""Effect checks over time, carry-forward and stop decisions, hints, and the follow-up agenda."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreement_hints import AgreementHint, agreement_hints
from casereview.findings.agreements import (
    add_agreement,
    delete_agreement,
    get_agreement,
    list_agreements,
    restore_agreement,
    rule_reflex_counts,
)
from casereview.findings.effect_checks import add_effect_check, latest_effects, list_effect_checks
from casereview.findings.followup_agenda import followup_agenda, load_followup_agenda, unload_followup_agenda
from casereview.findings.followup_decisions import carry_forward, list_decisions, stop_agreement, undo_decision
from casereview.model import CaseFileError
from casereview.session.procedure import list_steps
from casereview.session.rules_check import evaluate_rules
from casereview.vocabulary import AgreementKind, AgreementLevel, AgreementStatus, EffectResult

TODAY = date.today()


def test_latest_effect_check_wins_and_history_is_kept(case: CaseFile) -> None:
    item = add_agreement(case, action="Triagelijst aanpassen", kind=AgreementKind.IMPROVE_EXISTING)
    add_effect_check(case, item.id, EffectResult.TOO_EARLY, "net ingevoerd", on=TODAY - timedelta(days=200))
    add_effect_check(case, item.id, EffectResult.PARTLY, "in zes van tien intakes", on=TODAY - timedelta(days=10))
    assert [c.result for c in list_effect_checks(case, item.id)] == ["too_early", "partly"]
    assert latest_effects(case)[item.id].note == "in zes van tien intakes"
    with pytest.raises(CaseFileError, match="toekomst"):
        add_effect_check(case, item.id, EffectResult.WORKS, on=TODAY + timedelta(days=1))
    with pytest.raises(CaseFileError, match="Onbekende uitkomst"):
        add_effect_check(case, item.id, "prima")
    removed = delete_agreement(case, item.id)
    assert removed.count("effectcheck") == 2
    assert list_effect_checks(case, item.id) == []
    restore_agreement(case, removed)
    assert len(list_effect_checks(case, item.id)) == 2


def test_carry_forward_and_stop_are_kept_in_history_and_undoable(case: CaseFile) -> None:
    item = add_agreement(case, action="Vast aanspreekpunt", due_date=TODAY - timedelta(days=5),
                         kind=AgreementKind.NEW_MEASURE)
    with pytest.raises(CaseFileError, match="waarom"):
        carry_forward(case, item.id, TODAY + timedelta(days=60), "  ")
    undo = carry_forward(case, item.id, TODAY + timedelta(days=60), "Wacht op nieuwe teamleider")
    assert get_agreement(case, item.id).due_date == TODAY + timedelta(days=60)
    stop_agreement(case, item.id, "Aanspreekpunt is overbodig door de nieuwe werkwijze")
    stopped = get_agreement(case, item.id)
    assert stopped.status == AgreementStatus.NOT_DONE and "overbodig" in stopped.status_reason
    history = list_decisions(case, item.id)
    assert [(d.decision, d.previous_due_date) for d in history] == [
        ("carry_forward", TODAY - timedelta(days=5)), ("stop", TODAY + timedelta(days=60))]
    second = history[1]
    undo_decision(case, type(undo)(second.id, TODAY + timedelta(days=60), AgreementStatus.OPEN, ""))
    assert get_agreement(case, item.id).status == AgreementStatus.OPEN
    undo_decision(case, undo)
    assert get_agreement(case, item.id).due_date == TODAY - timedelta(days=5)
    assert list_decisions(case, item.id) == []


def test_kind_is_not_chosen_silently_and_blocks_closing(case: CaseFile) -> None:
    add_agreement(case, action="Werkinstructie aanscherpen", owner_person="teamleider", due_date=TODAY)
    assert list_agreements(case)[0].kind == ""
    assert rule_reflex_counts(list_agreements(case)) is None
    rule7 = next(r for r in evaluate_rules(case) if r.rule == 7)
    assert "zonder toetsing" in rule7.missing and "zonder gekozen soort" in rule7.missing
    with pytest.raises(CaseFileError, match="niveau"):
        add_agreement(case, action="x", level="wereld")


def test_hints_are_gentle_keys() -> None:
    assert agreement_hints("") == []
    assert agreement_hints("Meer aandacht voor de thuissituatie") == [
        AgreementHint.NO_VERB, AgreementHint.VAGUE_WORDS, AgreementHint.NO_CONCLUSION]
    assert agreement_hints("Wijkteam belt de school bij verzuim", "Geen verzuim zonder melding",
                           conclusion_id=3) == []
    assert AgreementHint.VAGUE_WORDS not in agreement_hints("Bewustwording: team bespreekt signalen",
                                                            "Steekproef in maart", conclusion_id=1)


def test_followup_agenda_loads_open_agreements_with_their_latest_effect(case: CaseFile) -> None:
    late = add_agreement(case, action="Overdracht samen doen", due_date=TODAY - timedelta(days=3),
                         success_check="Steekproef", kind=AgreementKind.IMPROVE_EXISTING, level=AgreementLevel.TEAM)
    done = add_agreement(case, action="Klaar", kind=AgreementKind.IMPROVE_EXISTING)
    from casereview.findings.agreements import set_status
    set_status(case, done.id, AgreementStatus.DONE)
    add_effect_check(case, late.id, EffectResult.PARTLY, "half", on=TODAY)
    phases = followup_agenda(case)
    assert [p.title for p in phases][1] == "Afspraak 1: Overdracht samen doen"
    assert "werkt deels (half)" in phases[1].prompt and "Over datum" in phases[1].prompt
    assert len(phases) == 3
    before = len(list_steps(case))
    ids = load_followup_agenda(case)
    assert len(list_steps(case)) == before + 3
    unload_followup_agenda(case, ids)
    assert len(list_steps(case)) == before
