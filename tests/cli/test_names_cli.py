"""Issue 21 §2: ``casereview names`` lists what detection found; the chair decides from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casereview.cli import main

pytestmark = pytest.mark.real_detector

TIMELINE = ("Datum;Organisatie;Omschrijving\n"
            "03-02-2025;Wijkteam;Gesprek met Sanne de Vries over haar zoon Daan, bereikbaar op 06-12345678.\n"
            "17-03-2025;Huisarts;Daan gezien met een blauwe plek, mevr. De Vries legt uit wat er gebeurde.\n")


def _names(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, list[dict[str, object]]]:
    capsys.readouterr()
    assert main(["names", str(path), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_names_lists_decides_and_export_follows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.casereview"
    source = tmp_path / "t.csv"
    source.write_text(TIMELINE, encoding="utf-8")
    assert main(["new", str(path), "--title", "Review juni"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    listed = _names(path, capsys)
    open_texts = {item["text"]: item for item in listed["undecided"]}
    assert {"Sanne de Vries", "Daan", "06-12345678"} <= set(open_texts)
    assert open_texts["Daan"]["kind"] == "persoon" and open_texts["Daan"]["count"] == 2
    assert open_texts["06-12345678"]["kind"] == "telefoon"
    assert listed["decided"] == []

    assert main(["export", str(path), "-o", str(tmp_path / "v.docx")]) == 2
    err = capsys.readouterr().err
    assert "Sanne de Vries" in err and "casereview names" in err and not (tmp_path / "v.docx").exists()

    assert main(["pseudonyms", str(path), "--set", "Sanne de Vries=moeder", "--set", "Daan=kind 1",
                 "--set", "06-12345678=[telefoon]"]) == 0
    listed = _names(path, capsys)
    decided = {item["text"]: item["decision"] for item in listed["decided"]}
    assert decided["Sanne de Vries"] == "moeder" and str(decided["mevr. De Vries"]).lower() == "moeder"  # a form decided too
    assert decided["Daan"] == "kind 1"
    leftover = [item["text"] for item in listed["undecided"]]
    if leftover:
        listed = _names(path, capsys, *[arg for text in leftover for arg in ("--not-a-name", str(text))])
        assert listed["undecided"] == [] and all(item["text"] in {d["text"] for d in listed["decided"]}
                                                 for item in [{"text": t} for t in leftover])
    assert main(["export", str(path), "-o", str(tmp_path / "v.docx")]) == 0
    assert main(["names", str(path), "--not-a-name", "Niemand Bestaat"]) == 2
    assert "Niemand Bestaat" in capsys.readouterr().err


def test_export_says_on_stderr_that_it_searches_for_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The real search (worker process, the session's lookup lists, built here if this test runs first)."""
    path = tmp_path / "r.casereview"
    source = tmp_path / "t.csv"
    source.write_text(TIMELINE, encoding="utf-8")
    assert main(["new", str(path), "--title", "Review juni"]) == 0
    assert main(["import", str(path), str(source)]) == 0
    capsys.readouterr()
    assert main(["export", str(path), "-o", str(tmp_path / "v.docx")]) == 2
    err = capsys.readouterr().err
    assert "casereview: namen zoeken in alle teksten van het dossier" in err
    assert err.index("namen zoeken") < err.index("Sanne de Vries")  # told before the refusal, not after


def test_the_first_build_of_the_lookup_lists_is_announced_and_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Without lists the first search builds them for about a minute: the shell user hears so, and again."""
    from casereview.cli.common import DetectionProgress
    from casereview.paths import ENV_DEIDENTIFIER_CACHE

    monkeypatch.setenv(ENV_DEIDENTIFIER_CACHE, str(tmp_path / "empty"))
    progress = DetectionProgress()
    progress.EVERY = 0.0
    progress.step(0, 0)
    progress.step(50, 1000)
    progress.step(400, 1000)
    progress.step(1000, 1000)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("casereview: de lijsten voor het zoeken naar namen worden eenmalig opgebouwd")
    assert lines[1] == "casereview: nog bezig met de lijsten voor het zoeken naar namen…"
    assert lines[2] == "casereview: lijsten opgebouwd; namen zoeken in alle teksten van het dossier…"
    assert len(lines) == 3


def test_the_demo_leaves_one_name_for_the_chair_to_decide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The demo decided what the detector finds in it, except the one the README's example decides: a new
    user's status bar does not count twelve open names, and the example still has something to do."""
    path = tmp_path / "demo.casereview"
    assert main(["demo", str(path), "--no-gui"]) == 0
    listed = _names(path, capsys)
    assert [item["text"] for item in listed["undecided"]] == ["Huisartsenpraktijk De Linde"]
    listed = _names(path, capsys, "--not-a-name", "Huisartsenpraktijk De Linde")
    assert listed["undecided"] == []
