"""``casereview export --kind concept``, ``casereview reactions`` and what ``info --json`` adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from consent_fixtures import build_small_case, comment_on

from casereview.cli import main
from casereview.session.evaluation import add_evaluation


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "mol.casereview"
    build_small_case(path).close()
    return path


def test_concept_then_reactions_then_info(case_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    concept = tmp_path / "concept.docx"
    assert main(["export", str(case_path), "--kind", "concept", "--party", "Wijkteam Oost", "-o", str(concept),
                 "--deadline", "2026-12-15"]) == 0
    assert "concept versie 1" in capsys.readouterr().out
    back = tmp_path / "terug.docx"
    comment_on(concept, back, [(2, "M. de Boer", "Aanvulling op het doel.")])
    assert main(["reactions", str(case_path), str(back), "--dry-run"]) == 0
    assert "1 reactie zou toevoegen" in capsys.readouterr().out
    assert main(["reactions", str(case_path), str(back)]) == 0
    assert "[alinea 2] M. de Boer: Aanvulling op het doel." in capsys.readouterr().out
    assert main(["reactions", str(case_path), str(back)]) == 2
    assert "al eerder ingelezen" in capsys.readouterr().err
    assert main(["info", str(case_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["reactions"] == 1
    assert [(v["number"], v["deadline"], v["reactions"]) for v in info["draft_versions"]] == [(1, "2026-12-15", 1)]
    assert info["evaluations"] == {"count": 0, "shown": False, "questions": None}


def test_reactions_refuses_a_foreign_concept(case_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.casereview"
    build_small_case(other).close()
    concept = tmp_path / "ander.docx"
    assert main(["export", str(other), "--kind", "concept", "-o", str(concept)]) == 0
    capsys.readouterr()
    assert main(["reactions", str(case_path), str(concept), "--party", "Wijkteam Oost"]) == 2
    err = capsys.readouterr().err
    assert "andere review" in err and "Traceback" not in err


def test_reactions_on_a_missing_file_and_a_bad_deadline(case_path: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reactions", str(case_path), str(tmp_path / "weg.docx")]) == 2
    assert "weg.docx" in capsys.readouterr().err
    assert main(["export", str(case_path), "--kind", "concept", "-o", str(tmp_path / "c.docx"),
                 "--deadline", "15-12"]) == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "c.docx").exists()


def test_final_verslag_from_the_command_line_is_gated(case_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(case_path), "--final", "-o", str(tmp_path / "v.docx")]) == 2
    assert "definitief" in capsys.readouterr().err
    assert not (tmp_path / "v.docx").exists()


def test_info_shows_evaluations_from_three(case_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from casereview.casefile.case_file import open_case

    with open_case(case_path) as case:
        for scores in ([5, 5, 4, 4, 3, 3, 2, 2], [4, 4, 4, 4, 4, 4, 4, 4], [3, 3, 3, 3, 3, 3, 3, 3]):
            add_evaluation(case, scores)
    assert main(["info", str(case_path), "--json"]) == 0
    evaluations = json.loads(capsys.readouterr().out)["evaluations"]
    assert evaluations["count"] == 3 and evaluations["shown"]
    assert evaluations["questions"]["safe"] == {"mean": 4.0, "answered": 3, "agree_share": 0.67}


@pytest.mark.parametrize("kind", ["samenvatting", "evaluatieformulier"])
def test_new_document_kinds(case_path: Path, tmp_path: Path, kind: str, capsys) -> None:
    out = tmp_path / f"{kind}.docx"
    assert main(["export", str(case_path), "--kind", kind, "-o", str(out)]) == 0
    assert out.is_file()


def test_summary_export_names_what_is_not_plain_language(case_path: Path, tmp_path: Path, capsys) -> None:
    from casereview.casefile.case_file import open_case
    from casereview.session.procedure import update_case_details

    with open_case(case_path) as case:
        update_case_details(case, incident="De GGZ startte een traject na de melding.")
    assert main(["export", str(case_path), "--kind", "samenvatting", "-o", str(tmp_path / "s.docx")]) == 0
    out = capsys.readouterr().out
    assert "Let op (B1): Afkorting: GGZ" in out and "Let op (B1): Vakwoord: traject" in out
