"""The demo review: complete enough to show every part of the app on first start."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile, open_case
from casereview.demo.demo_case import default_demo_path, demo_json_path, write_demo_case
from casereview.findings import agreements, conclusions
from casereview.model import CaseFileError
from casereview.model.tables import AgreementThemeLink, PreparationQuestion, ProgressNote, Pseudonym
from casereview.session import contributions, parties, procedure, rules_check
from casereview.timeline import events as timeline
from casereview.timeline.responsibility import responsibility_map
from casereview.vocabulary import AgreementKind, ContributionKind, DatePrecision, GapReason, KeyMoment, StepState

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    case = write_demo_case(tmp_path_factory.mktemp("demo") / "demo.casereview", today=TODAY)
    yield case
    case.close()


def test_case_details_are_filled(demo: CaseFile) -> None:
    row = demo.case()
    assert row.title and row.incident and row.goal
    assert len(row.questions.splitlines()) >= 3
    assert row.incident_date < row.review_date < row.followup_date
    assert row.attribution == "party"


def test_parties_and_participants(demo: CaseFile) -> None:
    all_parties = parties.list_parties(demo)
    assert len(all_parties) >= 7
    assert len({p.category for p in all_parties}) >= 4
    with_people = {p.party_id for p in parties.list_participants(demo)}
    assert len(with_people) >= len(all_parties) // 2 + 1


def test_timeline_is_rich(demo: CaseFile) -> None:
    events = timeline.list_events(demo)
    assert len(events) >= 36
    assert all(row.event.description.strip() for row in events)
    precisions = {row.event.date_precision for row in events}
    assert {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.UNKNOWN} <= precisions
    assert any(row.event.time for row in events)
    assert all(row.event.source for row in events)
    keys = [row.event.key_moment for row in events if row.event.key_moment != KeyMoment.NONE]
    assert 4 <= len(keys) <= 6 and set(keys) == {KeyMoment.GOOD, KeyMoment.CONCERN}
    dated = [row.event.date_start for row in events if row.event.date_start]
    assert (max(dated) - min(dated)).days >= 600
    assert events[-1].event.date_start is None  # the unknown date sorts last


def test_pseudonyms_cover_the_names_used_in_texts(demo: CaseFile) -> None:
    with demo.read() as s:
        mapping = {p.real_name: p.pseudonym for p in s.exec(select(Pseudonym))}
    assert mapping["Lotte Verbeek"] == mapping["Lotte"] == "kind 1"
    assert mapping["Sandra"] == "moeder"
    texts = " ".join(row.event.description for row in timeline.list_events(demo))
    for first_name in ("Lotte", "Sandra", "Dennis", "Jesse", "Henny", "Marco"):
        assert first_name in mapping and first_name in texts
    assert "Lottes" in texts  # a possessive, for the pseudonymiser to handle


def test_session_is_half_way(demo: CaseFile) -> None:
    states = [step.state for step in procedure.list_steps(demo)]
    assert states[:4] == [StepState.DONE] * 4
    assert states[4] == StepState.ACTIVE
    assert all(state == StepState.PENDING for state in states[5:])
    assert all(rule.agreed for rule in procedure.list_ground_rules(demo))


def test_contributions_cover_phases_parties_and_kinds(demo: CaseFile) -> None:
    items = contributions.list_contributions(demo)
    steps = {step.id: step.position for step in procedure.list_steps(demo)}
    assert len(items) >= 25
    assert {steps[i.step_id] for i in items if i.step_id} == {0, 1, 2, 3, 4}
    assert len({i.party_id for i in items}) >= 6
    assert {i.kind for i in items} == set(ContributionKind)
    assert sum(1 for i in items if i.event_id) >= 5


def test_conclusions_and_agreements(demo: CaseFile) -> None:
    found = conclusions.list_conclusions(demo)
    assert len(found) == 4
    no_change = [c for c in found if c.conclusion.no_change]
    assert len(no_change) == 1 and no_change[0].conclusion.no_change_reason
    assert all(c.themes and c.event_ids for c in found)

    items = agreements.list_agreements(demo)
    assert len(items) == 5
    assert all(a.owner_party_id and a.due_date and a.success_check for a in items)
    assert {a.kind for a in items} == set(AgreementKind)
    assert [a.kind for a in items].count(AgreementKind.IMPROVE_EXISTING) >= 3
    assert agreements.rule_reflex_warning(items) == ""
    overdue = agreements.overdue_agreements(demo, TODAY)
    assert len(overdue) == 1 and overdue[0].due_date == TODAY - timedelta(days=30)
    assert len({a.status for a in items}) >= 3
    with demo.read() as s:
        assert s.exec(select(func.count()).select_from(ProgressNote)).one() >= 2
        assert s.exec(select(func.count()).select_from(AgreementThemeLink)).one() >= 5
        questions = list(s.exec(select(PreparationQuestion)))
    assert any(q.party_id is None for q in questions)
    assert len({q.party_id for q in questions if q.party_id}) >= 5


def test_all_seven_rules_are_met(demo: CaseFile) -> None:
    assert [r.rule for r in rules_check.evaluate_rules(demo) if not r.met] == []


def test_demo_reopens_from_disk(demo: CaseFile) -> None:
    with open_case(demo.path, read_only=True) as again:
        assert len(timeline.list_events(again)) == len(timeline.list_events(demo))


def test_overdue_follows_the_real_date(tmp_path: Path) -> None:
    with write_demo_case(tmp_path / "today.casereview") as case:
        assert len(agreements.overdue_agreements(case)) == 1


def test_existing_target_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "bestaat.casereview"
    target.write_bytes(b"eigen werk")
    with pytest.raises(CaseFileError, match="bestaat al"):
        write_demo_case(target)
    assert target.read_bytes() == b"eigen werk"


def test_rewriting_the_demo_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "demo.casereview"
    write_demo_case(target).close()
    with pytest.raises(CaseFileError, match="bestaat al"):
        write_demo_case(target)


def test_broken_content_leaves_no_half_file(tmp_path: Path) -> None:
    content = json.loads(demo_json_path().read_text(encoding="utf-8"))
    content["contributions"][3]["party"] = "bestaat-niet"
    source = tmp_path / "kapot.json"
    source.write_text(json.dumps(content), encoding="utf-8")
    target = tmp_path / "half.casereview"
    with pytest.raises(CaseFileError, match="bijdrage 4"):
        write_demo_case(target, source=source)
    assert not target.exists()


def test_unreadable_json_names_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "kapot.json"
    source.write_text('{\n  "case": ,\n}', encoding="utf-8")
    with pytest.raises(CaseFileError, match="regel 2, kolom"):
        write_demo_case(tmp_path / "x.casereview", source=source)
    assert not (tmp_path / "x.casereview").exists()


def test_default_path_is_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEREVIEW_HOME", str(tmp_path))
    assert default_demo_path() == tmp_path / "data" / "demo.casereview"


def test_full_durability_is_back_after_the_build(demo: CaseFile) -> None:
    with demo.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_the_hand_over_to_child_protection_leaves_a_six_week_gap(demo: CaseFile) -> None:
    """Conclusion 3 of the demo: after the wijkteam closed, six weeks passed before the GI saw the family."""
    found = responsibility_map(demo)
    [gap] = found.gaps
    assert (gap.after, gap.receiver, gap.reason) == ("Wijkteam Noord", "Jeugdbescherming (GI)",
                                                     GapReason.HANDOVER_UNCONFIRMED)
    assert gap.days == 42
    assert {p.party for p in found.periods} >= {"Wijkteam Noord", "Veilig Thuis", "Raad voor de Kinderbescherming",
                                                "Jeugdbescherming (GI)"}


def test_the_demo_is_an_exercise_with_an_effect_check(demo: CaseFile) -> None:
    from casereview.findings.effect_checks import latest_effects

    assert demo.case().exercise is True  # it must not count in the overview as a real review
    assert {check.result for check in latest_effects(demo).values()} == {"partly", "too_early"}


def test_the_demo_names_its_grey_area(demo: CaseFile) -> None:
    from casereview.findings.grey_area import list_grey_areas

    assert {item.kind for item in list_grey_areas(demo)} == {"uncertainty", "dilemma", "accepted_risk"}
