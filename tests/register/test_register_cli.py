"""``casereview register …`` and ``export --kind leerbrief`` through the command line, on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from register_cases import imported_case

from casereview.cli import main
from casereview.register.service import list_lessons


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_publish_list_themes_withdraw(region, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    path = tmp_path / "demo.casereview"
    assert _run(capsys, "demo", str(path), "--no-gui")[0] == 0
    code, out, _ = _run(capsys, "register", "init", region.url, "--organisation", "Wijkteam Noord")
    assert code == 0 and "Register klaar" in out
    url = region.url_for("Wijkteam Noord")

    code, out, _ = _run(capsys, "register", "publish", str(path), "--register", url,
                        "--organisation", "Wijkteam Noord", "--dry-run")
    assert code == 0 and "er is niets geschreven" in out and "versie 1" in out and "Lessen:" in out
    with region.admin() as register:
        assert list_lessons(register) == []  # the dry run wrote nothing

    for version in (1, 2):
        code, out, _ = _run(capsys, "register", "publish", str(path), "--register", url,
                            "--organisation", "Wijkteam Noord")
        assert code == 0 and f"versie {version}" in out
    code, out, _ = _run(capsys, "register", "list", "--register", url, "--json")
    lessons = json.loads(out)
    assert code == 0 and len(lessons) == 1
    assert {"case", "organisation", "version", "themes"} <= lessons[0].keys()
    assert lessons[0]["organisation"] == "Wijkteam Noord" and lessons[0]["version"] == 2 and lessons[0]["themes"]

    code, out, _ = _run(capsys, "register", "themes", "--register", url, "--json")
    themes = json.loads(out)
    assert code == 0 and {t["code"] for t in themes} == set(lessons[0]["themes"])
    assert all(t["lessons"] is None and t["organisations"] is None for t in themes)  # one lesson: hidden

    code, out, _ = _run(capsys, "register", "withdraw", str(path), "--register", url, "--organisation", "Wijkteam Noord")
    assert code == 0 and "Ingetrokken" in out
    assert json.loads(_run(capsys, "register", "list", "--register", url, "--json")[1]) == []


def test_refusals_are_dutch_with_exit_code_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = imported_case(tmp_path / "bakker.casereview", ready=False)
    case.close()
    reg = tmp_path / "r.db"
    assert _run(capsys, "register", "list", "--register", str(reg), "--json")[0] == 2
    assert main(["register", "init", f"sqlite:///{reg}"]) == 0
    capsys.readouterr()
    code, out, err = _run(capsys, "register", "publish", str(tmp_path / "bakker.casereview"), "--register", str(reg),
                          "--organisation", "Wijkteam Oost")
    assert code == 2 and "klaar om te delen" in err and "Traceback" not in err
    code, _, err = _run(capsys, "register", "list", "--register", "mysql://x@db.example.org/r", "--json")
    assert code == 2 and "PostgreSQL" in err
    code, _, err = _run(capsys, "register", "list", "--register",
                        "postgresql+psycopg://u@db.example.org/r?sslmode=disable", "--json")
    assert code == 2 and "TLS" in err


def test_export_leerbrief_has_no_names_or_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = imported_case(tmp_path / "bakker.casereview")
    case.close()
    out = tmp_path / "leerbrief.docx"
    code, _, err = _run(capsys, "export", str(tmp_path / "bakker.casereview"), "--kind", "leerbrief", "-o", str(out))
    assert code == 0, err
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Een melding is geen overdracht." in text and "2025-K3" in text
    for forbidden in ("Mila", "Fatima", "Joost Smit", "Bakker", "17-03-2025", "2025-03-17"):
        assert forbidden not in text


def test_export_leerbrief_with_a_name_is_refused_and_writes_nothing(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    case = imported_case(tmp_path / "bakker.casereview",
                         texts={"story": "Fatima belde in maart 2025 met de school.", "lessons": "Een les."})
    case.close()
    out = tmp_path / "leerbrief.docx"
    code, _, err = _run(capsys, "export", str(tmp_path / "bakker.casereview"), "--kind", "leerbrief", "-o", str(out))
    assert code == 2 and "Fatima" in err and "maart 2025" in err and "Het verhaal" in err
    assert not out.exists()
