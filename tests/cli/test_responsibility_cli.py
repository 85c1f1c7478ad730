"""``casereview responsibility``: periods and gaps of a case's hand-overs, in Dutch or as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casereview.casefile.case_file import create_case
from casereview.cli import main
from casereview.session.parties import add_party
from casereview.timeline.events import add_event, edit_values, update_event


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "review.casereview"
    case = create_case(path, "Review")
    team = add_party(case, "Wijkteam")
    gi = add_party(case, "GI")
    add_event(case, date_text="15-01-2026", description="Eerste gesprek", party_id=team.id)
    handover = add_event(case, date_text="03-2026", description="Het wijkteam sluit af", party_id=team.id)
    assert handover.id is not None
    update_event(case, handover.id, **edit_values("event_type", "closure"), **edit_values("receiving_party_id", gi.id),
                 **edit_values("followup_confirmed", "no"))
    add_event(case, date_text="23-04-2026", description="Eerste huisbezoek", party_id=gi.id)
    case.close()
    return path


def test_json_lists_periods_and_the_gap_with_partial_dates_as_their_first_day(
        case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["responsibility", str(case_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["periods"] == [
        {"party": "Wijkteam", "from": "2026-01-15", "to": "2026-03-01", "precision": "month"},
        {"party": "GI", "from": "2026-04-23", "to": None, "precision": "day"},
    ]
    assert out["gaps"] == [{"from": "2026-03-01", "to": "2026-04-23", "after": "Wijkteam",
                            "reason": "handover_unconfirmed", "receiver": "GI", "precision": "month"}]


def test_text_says_who_held_it_and_where_the_gap_was(case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["responsibility", str(case_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["15 januari 2026 – maart 2026: Wijkteam", "23 april 2026 – nu: GI",
                     "Gat maart 2026 – 23 april 2026 (8 weken) na Wijkteam: overdracht zonder bevestigde start "
                     "(naar GI)."]


def test_a_timeline_without_hand_overs_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "leeg.casereview"
    create_case(path, "Leeg").close()
    assert main(["responsibility", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"periods": [], "gaps": [], "reassessments": []}
    assert main(["responsibility", str(path)]) == 0
    assert "Geen overdrachten" in capsys.readouterr().out


def test_changes_in_the_family_are_listed_as_moments_to_reassess(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gezin.casereview"
    case = create_case(path, "Gezin")
    team = add_party(case, "Wijkteam")
    add_event(case, date_text="03-2025", description="Moeder heeft een nieuwe partner", party_id=team.id)
    add_event(case, date_text="", description="Het gezin verhuist naar Utrecht", party_id=team.id)
    add_event(case, date_text="10-05-2025", description="Huisbezoek", party_id=team.id)
    case.close()
    assert main(["responsibility", str(path), "--json"]) == 0
    moments = json.loads(capsys.readouterr().out)["reassessments"]
    assert [(m["date"], m["precision"], m["change"], m["party"]) for m in moments] == [
        ("2025-03-01", "month", "new_partner", "Wijkteam"), (None, "unknown", "move", "Wijkteam")]
    assert main(["responsibility", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Opnieuw wegen: maart 2025, nieuwe partner (Wijkteam)." in out
    assert "Opnieuw wegen: datum onbekend, verhuizing (Wijkteam)." in out
