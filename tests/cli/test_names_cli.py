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
