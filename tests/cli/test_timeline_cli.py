"""``casereview import`` refuses a silent partyless import; ``casereview merge`` proposes, prints JSON, applies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_support import write_xlsx
from merge_fixtures import MERGED_TOTAL, SHARED, TOTAL_ROWS, VEILIG_THUIS, import_party_files

from casereview.casefile.case_file import create_case, open_case
from casereview.cli import main
from casereview.timeline.events import list_events


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "review.casereview"
    create_case(path, "Review").close()
    return path


@pytest.fixture
def vt_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "tijdlijn_veilig_thuis.xlsx", {"Tijdlijn": VEILIG_THUIS})


def _count(path: Path) -> int:
    with open_case(path, read_only=True) as case:
        return len(list_events(case))


def test_import_without_party_column_is_refused_with_a_suggestion(case_path: Path, vt_file: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(case_path), str(vt_file), "--map", "Wat is er gebeurd=omschrijving"])
    err = capsys.readouterr().err
    assert code == 2
    assert "geen kolom voor de partij" in err and "--party 'Veilig Thuis'" in err and "--zonder-partij" in err
    assert "Traceback" not in err
    assert _count(case_path) == 0


@pytest.mark.parametrize("extra", [["--party", "Veilig Thuis"], ["--zonder-partij"]])
def test_import_with_party_or_knowingly_without(case_path: Path, vt_file: Path, extra: list[str]) -> None:
    assert main(["import", str(case_path), str(vt_file), "--map", "Wat is er gebeurd=omschrijving", *extra]) == 0
    with open_case(case_path, read_only=True) as case:
        parties = {r.party_name for r in list_events(case)}
    assert parties == ({"Veilig Thuis"} if extra[0] == "--party" else {""})


def test_map_takes_english_field_names_too(case_path: Path, vt_file: Path) -> None:
    assert main(["import", str(case_path), str(vt_file), "--map", "Wat is er gebeurd=description",
                 "--party", "VT"]) == 0
    assert _count(case_path) == len(VEILIG_THUIS) - 1


def test_the_hint_names_the_missing_field_in_dutch(case_path: Path, vt_file: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(case_path), str(vt_file), "--party", "VT"]) == 2
    err = capsys.readouterr().err
    assert "geen kolom voor de omschrijving" in err and "--map 'Kolomkop=omschrijving'" in err
    assert "=date" not in err and "description" not in err


def test_merge_json_prints_exactly_the_proposals(case_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with open_case(case_path) as case:
        import_party_files(case, tmp_path)
    capsys.readouterr()
    assert main(["merge", str(case_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["proposals"]
    assert all(list(p) == ["events", "score", "explanation"] and all(isinstance(i, int) for i in p["events"])
               and isinstance(p["score"], int) for p in out["proposals"])
    for p in out["proposals"]:  # each pair of the group says why: dates, shared words, the rules that scored
        assert all(set(e) == {"events", "score", "days_apart", "shared_words", "rules"} and
                   set(e["events"]) <= set(p["events"]) and e["rules"]["tekst"] >= 0 for e in p["explanation"])
        assert len(p["explanation"]) == len(p["events"]) * (len(p["events"]) - 1) // 2
    assert sorted(len(p["events"]) for p in out["proposals"]) == sorted(SHARED.values())
    assert _count(case_path) == TOTAL_ROWS  # proposing writes nothing
    assert main(["merge", str(case_path), "--apply"]) == 0
    assert _count(case_path) == MERGED_TOTAL


def test_merge_refuses_a_threshold_outside_0_100(case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["merge", str(case_path), "--threshold", "101"]) == 2
    assert "buiten 0-100" in capsys.readouterr().err
