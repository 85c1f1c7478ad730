"""Did the measures work, across cases: effect checks per theme and level; exercises left out and counted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from overview_fixtures import build_effect_folder

from casereview.cli import main
from casereview.overview.figures import overview_of


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_effect_folder(tmp_path)


def test_effect_counts_per_theme_and_level_leave_exercises_out(folder: Path) -> None:
    overview = overview_of([folder], as_of=date(2025, 10, 1))
    assert [c.title for c in overview.cases] == ["Review A", "Review B"]
    assert [c.title for c in overview.exercises] == ["Oefening"]
    assert overview.effect() == {"works": 1, "partly": 1, "not": 1, "unmeasured": 2}
    keys = {t.code: t.key for t in overview.themes}
    by_theme = overview.effect_by_theme()
    assert by_theme[keys["rd-continuiteit"]] == {"works": 1, "partly": 1, "not": 0, "unmeasured": 1}
    assert by_theme[keys["rd-signalen"]] == {"works": 0, "partly": 0, "not": 1, "unmeasured": 1}
    assert overview.effect_by_level()["team"] == {"works": 1, "partly": 0, "not": 1, "unmeasured": 1}


def test_json_carries_effect_under_agreements_and_how_many_exercises(folder: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(folder), "--as-of", "2025-10-01", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["cases"] == 2 and figures["exercises"] == 1
    assert figures["agreements"]["total"] == 7  # five measures and two "no measure needed", exercise left out
    assert figures["agreements"]["effect"] == {"works": 1, "partly": 1, "not": 1, "unmeasured": 2}
    assert figures["agreements"]["effect_by_level"]["chain"] == {"works": 0, "partly": 0, "not": 0, "unmeasured": 1}
    continuity = next(t for t in figures["themes"] if t["code"] == "rd-continuiteit")
    assert continuity["effect"] == {"works": 1, "partly": 1, "not": 0, "unmeasured": 1}
    assert main(["overview", str(folder), "--as-of", "2025-10-01"]) == 0
    text = capsys.readouterr().out
    assert "Effect: 1 werkt, 1 werkt deels, 1 werkt niet, 2 nog niet gemeten." in text
    assert "1 oefendossier niet meegeteld." in text


def test_new_with_oefening_and_info_say_exercise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "oefen.casereview"
    assert main(["new", str(path), "--title", "Worst case", "--oefening"]) == 0
    assert "oefendossier" in capsys.readouterr().out
    assert main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["exercise"] is True
    plain = tmp_path / "echt.casereview"
    assert main(["new", str(plain), "--title", "Echt"]) == 0
    capsys.readouterr()
    assert main(["info", str(plain), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["exercise"] is False


def test_matrix_and_jaaroverzicht_carry_the_effect(folder: Path, tmp_path: Path) -> None:
    import docx
    from openpyxl import load_workbook

    from casereview.reports.jaaroverzicht import export_jaaroverzicht
    from casereview.reports.overview_matrix import HEADERS, export_matrix

    overview = overview_of([folder], as_of=date(2025, 10, 1))
    rows = list(load_workbook(export_matrix(overview, tmp_path / "m.xlsx")).active.iter_rows(values_only=True))
    effect, level = HEADERS.index("Effect"), HEADERS.index("Niveau")
    assert sorted((r[level] or "", r[effect]) for r in rows[1:]) == [
        ("", "n.v.t."), ("", "n.v.t."), ("keten", "nog niet gemeten"), ("organisatie", "werkt deels"),
        ("team", "nog niet te zeggen"), ("team", "werkt"), ("team", "werkt niet")]
    document = docx.Document(str(export_jaaroverzicht(overview, tmp_path / "j.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Werken de maatregelen?" in texts
    assert any("1 oefendossier is niet meegeteld" in t for t in texts)
    level_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Niveau")
    assert [c.text for c in level_table.rows[1].cells] == ["team", "1", "0", "1", "1"]
