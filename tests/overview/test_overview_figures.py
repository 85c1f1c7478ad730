"""The overview across a folder of awkward case files: exact figures, and not one byte changed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from overview_fixtures import PASSPHRASE, snapshot

from casereview.casefile.progress import OperationCancelled
from casereview.cli import main
from casereview.model import SCHEMA_VERSION
from casereview.overview import index as overview_index
from casereview.overview.figures import overview_of
from casereview.overview.themes import count_themes

CONTINUITY = ("Continuïteit van zorg: bij overdracht, na een besluit van rechter of Raad om geen maatregel op te "
              "leggen, en als intensieve hulp stopt zonder nazorg")


def _theme(name: str, code: str | None, cases: int, conclusions: int, agreements: int,
           years: dict[str, int]) -> dict[str, object]:
    return {"name": name, "code": code, "cases": cases, "conclusions": conclusions, "agreements": agreements,
            "recurring": cases >= 2, "years": years}


EXPECTED_THEMES = [
    _theme(CONTINUITY, "rd-continuiteit", 3, 2, 2, {"2022": 1, "2023": 1, "2024": 1}),
    _theme("samenwerking met School", None, 2, 2, 0, {"2023": 1, "2024": 1}),
    _theme("Tijdig op- en afschalen van zorg (vrijwillig is niet vrijblijvend)", "rd-opschalen", 1, 1, 1,
           {"2025": 1}),
    _theme("Rol van de ouders: veiligheid van het kind tegenover de wensen van de ouders", "rd-ouders", 1, 1, 0,
           {"2022": 1}),
    _theme("Scholing en kennis: onderbuikgevoel delen, taken van partners kennen", "rd-kennis", 1, 0, 1,
           {"2024": 1}),
    _theme("Signalen bundelen (verwijsindex, gezinsniveau)", "rd-signalen", 1, 0, 1, {"2023": 1}),
]


@pytest.fixture
def folder(case_folder: Path) -> Path:
    return case_folder


def _run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["overview", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_figures_are_exact_and_no_file_changes(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(folder)
    figures = _run_json(capsys, str(folder), "--as-of", "2024-06-01")
    assert figures["cases"] == 4  # vos, school (and its copy, once), the old file, the one held elsewhere
    counts = dict(figures["agreements"])
    effect = counts.pop("effect")
    counts.pop("effect_by_level")
    assert counts == {"total": 7, "open": 3, "in_progress": 1, "done": 2, "not_done": 1,
                                     "overdue": 2}
    assert effect == {"works": 0, "partly": 0, "not": 0, "unmeasured": 7}  # nobody checked an effect here
    assert [{k: v for k, v in t.items() if k != "effect"} for t in figures["themes"]] == EXPECTED_THEMES
    assert figures["exercises"] == 0
    skipped = {Path(s["path"]).name: s["reason"] for s in figures["skipped"]}
    assert set(skipped) == {"versleuteld.casereview", "nieuwer.casereview", "notities.casereview"}
    assert skipped["versleuteld.casereview"].startswith("Versleuteld")
    assert f"dossierversie {SCHEMA_VERSION + 1}" in skipped["nieuwer.casereview"]
    assert "Geen casereview-dossier" in skipped["notities.casereview"]
    assert [Path(d["path"]).name for d in figures["duplicates"]] == ["school.casereview"]
    # One row per theme and later case, after the most recent agreement with that theme marked done before it.
    assert [(Path(r["done_case"]).name, r["done_on"], Path(r["later_case"]).parent.name)
            for r in figures["recurrence"]] == [("oud.casereview", "2022-06-01", "2023"),
                                                ("vos.casereview", "2023-06-01", "kopie")]
    assert snapshot(folder) == before  # not one byte, no backup, no journal, the colleague's lock untouched
    again = _run_json(capsys, str(folder), "--as-of", "2024-06-01")  # from the index
    assert again == figures
    assert snapshot(folder) == before


def test_overdue_follows_the_as_of_date(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run_json(capsys, str(folder), "--as-of", "2023-09-02")["agreements"]["overdue"] == 1
    assert _run_json(capsys, str(folder), "--as-of", "2025-01-01")["agreements"]["overdue"] == 3
    assert _run_json(capsys, str(folder), "--as-of", "2023-01-01")["agreements"]["overdue"] == 0


def test_passphrase_includes_the_encrypted_case(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(folder)
    overview = overview_of([folder], as_of=date(2024, 6, 1), passphrase=PASSPHRASE)
    assert len(overview.cases) == 5
    assert [Path(s.path).name for s in overview.skipped] == ["nieuwer.casereview", "notities.casereview"]
    signals = next(t for t in overview.themes if t.code == "rd-signalen")
    assert (signals.cases, signals.agreements) == (2, 2)
    assert snapshot(folder) == before
    index_text = overview_index.index_path().read_bytes()
    assert b"Dossier versleuteld bewaren" not in index_text  # an encrypted case's content never lands in the cache


def test_second_opening_reads_only_changed_files(folder: Path) -> None:
    first = overview_index.load_cases([folder])
    assert first.from_index == 0
    second = overview_index.load_cases([folder])
    assert second.from_index == 8 and len(second.cases) == 4
    from casereview.casefile.case_file import open_case
    from casereview.findings.agreements import add_agreement

    with open_case(folder / "2023" / "vos.casereview") as case:
        add_agreement(case, action="Nog een afspraak")
    third = overview_index.load_cases([folder])
    assert third.from_index == 7
    vos = next(c for c in third.cases if c.title == "Review Vos 2023")
    assert [a.action for a in vos.agreements][-1] == "Nog een afspraak"


def test_a_damaged_index_is_rebuilt(folder: Path) -> None:
    overview_index.index_path().write_bytes(b"kapot" * 100)
    assert len(overview_index.load_cases([folder]).cases) == 4


def test_cancelling_stops_and_keeps_what_was_indexed(folder: Path) -> None:
    class StopAfterThree:
        def step(self, done: int, total: int) -> None:
            if done >= 3:
                raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        overview_index.load_cases([folder], progress=StopAfterThree())
    assert overview_index.load_cases([folder]).from_index == 3


def test_theme_counts_function_for_other_views(folder: Path) -> None:
    counts = count_themes(overview_index.load_cases([folder]).cases)
    assert [(c.code, c.cases) for c in counts][:2] == [("rd-continuiteit", 3), (None, 2)]
    assert counts[0].recurring and not counts[2].recurring


def test_missing_folder_is_refused_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(tmp_path / "bestaat-niet")]) == 2
    assert "bestaat-niet" in capsys.readouterr().err
    assert main(["overview", str(tmp_path), "--export", str(tmp_path / "uit.pdf")]) == 2
    assert not (tmp_path / "uit.pdf").exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["overview", str(tmp_path), "--as-of", "1-6-2024"])
    assert exit_info.value.code == 2


def test_text_output_names_skipped_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", str(folder), "--as-of", "2024-06-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 dossiers; 7 afspraken: 3 open, 1 in uitvoering, 2 gereed, 1 niet uitgevoerd; 2 te laat")
    assert "Overgeslagen: " in out and "notities.casereview" in out


def test_info_json_gives_the_uuid_the_overview_counts_by(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(folder / "2024" / "school.casereview"), "--json"]) == 0
    school = json.loads(capsys.readouterr().out)["uuid"]
    assert main(["info", str(folder / "2024" / "kopie" / "school-kopie.casereview"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["uuid"] == school
    records = {c.title: c.uuid for c in overview_index.load_cases([folder]).cases}
    assert records["Review school 2024"] == school


def test_damaged_wal_and_interrupted_files_are_skipped_untouched(folder: Path) -> None:
    import shutil
    import sqlite3

    source = folder / "2023" / "vos.casereview"
    odd = folder / "vreemd"
    odd.mkdir()
    truncated = odd / "afgebroken.casereview"
    truncated.write_bytes(source.read_bytes()[: 4096 * 3])
    wal = odd / "wal.casereview"
    shutil.copy2(source, wal)
    conn = sqlite3.connect(wal)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    interrupted = odd / "onderbroken.casereview"
    shutil.copy2(source, interrupted)
    (odd / "onderbroken.casereview-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    before = snapshot(odd)
    reasons = {Path(s.path).name: s.reason for s in overview_index.load_cases([odd]).skipped}
    assert reasons["afgebroken.casereview"].startswith("Beschadigd")
    assert "WAL-modus" in reasons["wal.casereview"]
    assert "onderbroken" in reasons["onderbroken.casereview"]
    assert snapshot(odd) == before
