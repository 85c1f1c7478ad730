"""Reading others' lessons from the register: story, mechanisms, themes and agreements; filters by theme,
level and year; and "Uit de regio" in the preparation pack, only when asked for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from register_cases import imported_case

from casereview.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, out


@pytest.fixture
def register_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A SQLite register with the demo's lesson (Wijkteam Noord) and an imported case's (Wijkteam Oost)."""
    url = str(tmp_path / "register.sqlite")
    assert _run(capsys, "register", "init", url, "--organisation", "Wijkteam Noord",
                "--organisation", "Wijkteam Oost")[0] == 0
    demo = tmp_path / "demo.casereview"
    assert _run(capsys, "demo", str(demo), "--no-gui")[0] == 0
    assert _run(capsys, "register", "publish", str(demo), "--register", url, "--organisation", "Wijkteam Noord")[0] == 0
    other = tmp_path / "bakker.casereview"
    imported_case(other).close()
    assert _run(capsys, "register", "publish", str(other), "--register", url, "--organisation", "Wijkteam Oost")[0] == 0
    return url


def test_lessons_json_carries_story_mechanisms_themes_and_agreements(register_path: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "register", "lessons", "--register", register_path, "--json")
    lessons = json.loads(out)
    assert code == 0 and sorted(item["organisation"] for item in lessons) == ["Wijkteam Noord", "Wijkteam Oost"]
    demo = next(item for item in lessons if item["organisation"] == "Wijkteam Noord")
    assert demo["story"] and demo["mechanisms"] and demo["lessons"]
    assert "rd-continuiteit" in demo["themes"]
    assert {"kind": "improve_existing", "level": "organisation", "count": 2} in demo["agreements"]
    only = set(demo["themes"]) - {t for item in lessons if item is not demo for t in item["themes"]}
    code, out = _run(capsys, "register", "lessons", "--register", register_path, "--theme", sorted(only)[0],
                     "--json")
    assert [item["organisation"] for item in json.loads(out)] == ["Wijkteam Noord"]
    code, out = _run(capsys, "register", "lessons", "--register", register_path, "--level", "municipality",
                     "--json")
    assert [item["organisation"] for item in json.loads(out)] == ["Wijkteam Noord"]
    code, out = _run(capsys, "register", "lessons", "--register", register_path, "--year", "1999", "--json")
    assert json.loads(out) == []
    code, out = _run(capsys, "register", "lessons", "--register", register_path)
    assert code == 0 and "Wijkteam Oost" in out and "Wijkteam Noord" in out


def test_the_preparation_pack_takes_regional_lessons_only_when_asked(register_path: str, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    demo = tmp_path / "demo.casereview"
    plain, regional = tmp_path / "voorbereiding.docx", tmp_path / "met-regio.docx"
    assert _run(capsys, "export", str(demo), "-o", str(plain), "--kind", "voorbereiding")[0] == 0
    assert "Uit de regio: vergelijkbare lessen" not in [p.text for p in docx.Document(str(plain)).paragraphs]
    assert _run(capsys, "export", str(demo), "-o", str(regional), "--kind", "voorbereiding", "--uit-de-regio",
                "--register", register_path)[0] == 0
    texts = [p.text for p in docx.Document(str(regional)).paragraphs]
    start = texts.index("Uit de regio: vergelijkbare lessen")
    section = texts[start:texts.index("Tijdlijn")]
    assert any(t.startswith("Wijkteam Oost") for t in section)  # the other organisation's lesson
    assert not any(t.startswith("Wijkteam Noord") for t in section)  # the case's own lesson is no news to it
    assert any(t.startswith("Het verhaal: ") for t in section)
    code = main(["export", str(demo), "-o", str(tmp_path / "x.docx"), "--kind", "verslag", "--uit-de-regio",
                 "--register", register_path])
    assert code == 2 and "hoort bij --kind voorbereiding" in capsys.readouterr().err
