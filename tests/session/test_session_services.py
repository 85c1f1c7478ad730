"""Services behind the session: clock, agenda editing and templates, ground rules, preparation, balance."""

from __future__ import annotations

import json

import pytest
from session_fixtures import populate

from casereview.casefile.case_file import CaseFile
from casereview.findings.conclusions import add_conclusion
from casereview.model import CaseFileError
from casereview.paths import config_dir
from casereview.session import agenda_templates as templates
from casereview.session.clock import add_elapsed, format_duration, session_elapsed, session_timebox
from casereview.session.contributions import add_contribution
from casereview.session.procedure import (
    activate_step,
    add_ground_rule,
    add_preparation_question,
    list_ground_rules,
    list_preparation_questions,
    list_steps,
    neighbour_step_id,
    remove_ground_rule,
    remove_preparation_question,
    update_ground_rule,
)
from casereview.session.rules_check import evaluate_rules, party_balance
from casereview.vocabulary import ContributionKind


def test_clock_adds_up_per_phase_and_for_the_session(case: CaseFile) -> None:
    first, second = [s.id for s in list_steps(case)][:2]
    assert add_elapsed(case, first, 90) == 90
    assert add_elapsed(case, first, 30) == 120
    add_elapsed(case, second, 5)
    assert session_elapsed(case) == 125
    assert session_timebox(case) == sum(s.timebox_minutes for s in list_steps(case))
    with pytest.raises(CaseFileError, match="negatief"):
        add_elapsed(case, first, -1)
    assert format_duration(65) == "1:05" and format_duration(3723) == "1:02:03"


def test_neighbour_steps(case: CaseFile) -> None:
    ids = [s.id for s in list_steps(case)]
    assert neighbour_step_id(case, None, 1) == ids[0]
    assert neighbour_step_id(case, None, -1) is None
    assert neighbour_step_id(case, ids[0], 1) == ids[1]
    assert neighbour_step_id(case, ids[-1], 1) is None


def test_edit_agenda_and_reuse_it_as_template(case: CaseFile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from casereview.casefile.case_file import create_case

    ids = [s.id for s in list_steps(case)]
    templates.update_phase(case, ids[0], title="Welkom", timebox_minutes=5)
    templates.move_phase(case, ids[-1], -10)
    extra = templates.add_phase(case, "Pauze", timebox_minutes=10, after_step_id=ids[1])
    templates.remove_phase(case, ids[2])
    titles = [s.title for s in list_steps(case)]
    assert titles[0] == "Afronding en borging" and titles[1] == "Welkom" and titles[3] == "Pauze"
    assert len(titles) == 7 and extra.id in [s.id for s in list_steps(case)]
    with pytest.raises(CaseFileError, match="tussen 1 en"):
        templates.update_phase(case, ids[0], timebox_minutes=0)
    with pytest.raises(CaseFileError, match="regels"):
        templates.update_phase(case, ids[0], rules="8")
    add_contribution(case, text="x", party_id=None, step_id=ids[1])
    with pytest.raises(CaseFileError, match="bevat al bijdragen"):
        templates.remove_phase(case, ids[1])

    path = templates.save_template(case, "Kort overleg")
    assert path.parent.parent == config_dir()
    assert templates.list_templates() == ["Kort overleg"]
    other = create_case(tmp_path / "ander.casereview", "Tweede review")
    templates.apply_template(other, templates.load_template("Kort overleg"))
    assert [s.title for s in list_steps(other)] == titles
    other.close()
    with pytest.raises(CaseFileError, match="al begonnen"):
        templates.apply_template(case, templates.load_template("Kort overleg"))


def test_broken_template_is_refused_with_file_and_phase(case: CaseFile) -> None:
    path = templates.save_template(case, "kapot")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["phases"][2]["timebox_minutes"] = 9999
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"kapot\.json', fase 3"):
        templates.load_template("kapot")
    with pytest.raises(CaseFileError, match="bestaat niet"):
        templates.load_template("onbekend")


def test_ground_rules_and_preparation_questions(case: CaseFile) -> None:
    ids = populate(case)
    rule = add_ground_rule(case, "  Telefoons   op stil ")
    assert list_ground_rules(case)[-1].text == "Telefoons op stil"
    update_ground_rule(case, rule.id, agreed=True)
    assert list_ground_rules(case)[-1].agreed
    with pytest.raises(CaseFileError, match="leeg"):
        update_ground_rule(case, rule.id, text=" ")
    remove_ground_rule(case, rule.id)
    assert all(r.text != "Telefoons op stil" for r in list_ground_rules(case))
    rule6 = next(r for r in evaluate_rules(case) if r.rule == 6)
    assert "voorbereidingsvragen" in rule6.missing
    question = add_preparation_question(case, "Wat ging goed bij de overdracht?", ids["Wijkteam Noord"])
    assert [q.text for q in list_preparation_questions(case)] == ["Wat ging goed bij de overdracht?"]
    rule6 = next(r for r in evaluate_rules(case) if r.rule == 6)
    assert "voorbereidingsvragen" not in rule6.missing
    assert "inbreng van de deelnemers" in rule6.missing  # questions alone show nobody prepared
    add_conclusion(case, "Signalen kwamen niet samen")
    assert not next(r for r in evaluate_rules(case) if r.rule == 6).met
    add_contribution(case, text="Voorbeeld: het MDO werkte", party_id=ids["Wijkteam Noord"],
                     kind=ContributionKind.PREPARATION)
    rule6 = next(r for r in evaluate_rules(case) if r.rule == 6)
    assert rule6.met and "Voorbereiding van de deelnemers" in rule6.evidence
    remove_preparation_question(case, question.id)
    assert list_preparation_questions(case) == []


def test_party_balance_marks_parties_not_yet_heard(case: CaseFile) -> None:
    ids = populate(case)
    add_contribution(case, text="a", party_id=ids["Wijkteam Noord"])
    add_contribution(case, text="b", party_id=ids["Wijkteam Noord"])
    balance = party_balance(case)
    # in the capture bar's order (by name), numbered as Ctrl+1, Ctrl+2, ...
    assert [(b.number, b.name, b.count, b.heard) for b in balance] == [
        (1, "Basisschool De Linde", 0, False), (2, "Jeugdzorg Regio", 0, False), (3, "Wijkteam Noord", 2, True)]
    assert balance[2].category == "Gemeente"


def test_rule7_asks_that_the_lesson_reaches_beyond_the_meeting(case: CaseFile) -> None:
    from datetime import date

    from casereview.findings.conclusions import list_themes, update_conclusion
    from casereview.session.procedure import update_case_details

    update_case_details(case, followup_date=date(2027, 6, 1))
    assert next(r for r in evaluate_rules(case) if r.rule == 7).met  # nothing concluded yet: nothing to file
    conclusion = add_conclusion(case, "Signalen kwamen niet samen")
    rule7 = next(r for r in evaluate_rules(case) if r.rule == 7)
    assert not rule7.met and "rode draad" in rule7.missing
    update_conclusion(case, conclusion.id, text=conclusion.text, theme_ids=[list_themes(case)[0].id])
    rule7 = next(r for r in evaluate_rules(case) if r.rule == 7)
    assert rule7.met and "de conclusie staat onder een rode draad" in rule7.evidence


def test_rule_texts_count_one_in_the_singular(case: CaseFile) -> None:
    """The checklist texts reach the verslag and the command line: "1 spelregel", never "1 spelregels"."""
    from casereview.session.procedure import add_ground_rule, list_ground_rules, remove_ground_rule, update_ground_rule

    for existing in list_ground_rules(case):  # a new case starts with the standard ground rules
        remove_ground_rule(case, existing.id)
    rule = add_ground_rule(case, "We zoeken geen schuldige")
    assert evaluate_rules(case)[0].missing == "1 van de 1 spelregel is nog niet onderschreven."
    update_ground_rule(case, rule.id, agreed=True)
    assert evaluate_rules(case)[0].evidence == "1 spelregel door de groep onderschreven."
    add_ground_rule(case, "Wat hier gezegd wordt blijft hier")
    assert evaluate_rules(case)[0].missing == "1 van de 2 spelregels is nog niet onderschreven."


def test_rule3_says_how_far_the_group_got_with_the_agenda(case: CaseFile) -> None:
    """The verslag's rules table reads this: a meeting that stopped at phase 5 did not follow all seven."""
    ids = [s.id for s in list_steps(case)]
    assert not evaluate_rules(case)[2].met  # not started
    for step_id in (ids[0], ids[1], ids[4]):  # phase 3 and 4 skipped: the group got as far as phase 5
        activate_step(case, step_id)
    rule3 = evaluate_rules(case)[2]
    assert rule3.met and rule3.evidence == f"Agenda van {len(ids)} fasen getoond; de groep kwam tot en met fase 5."
    for step_id in ids:
        activate_step(case, step_id)
    assert evaluate_rules(case)[2].evidence == f"Agenda van {len(ids)} fasen getoond en gevolgd."
