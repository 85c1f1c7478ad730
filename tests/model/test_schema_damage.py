"""Issue 11 §7: a tampered case file is refused (or shown read-only) with a Dutch message, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casereview.casefile.case_file import create_case, open_case
from casereview.cli import main
from casereview.model.errors import DamagedCaseError
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party


def _tamper(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "review.casereview"
    with create_case(path, "Review") as case:
        party = add_party(case, "Wijkteam")
        add_contribution(case, text="Een bijdrage.", party_id=party.id)
    return path


@pytest.mark.parametrize("statement, words", [
    ("ALTER TABLE agreement DROP COLUMN due_date", ["agreement", "due_date"]),
    ("DROP TABLE conclusion", ["conclusion", "ontbreekt"]),
])
def test_a_dropped_table_or_column_fails_info_and_export_with_exit_2(path: Path, tmp_path: Path, statement: str,
                                                                   words: list[str],
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(path, statement)
    with pytest.raises(DamagedCaseError) as err:
        open_case(path)
    assert all(word in str(err.value) for word in words) and "beschadigd" in str(err.value)
    assert main(["info", str(path)]) == 2
    assert main(["export", str(path), "-o", str(tmp_path / "v.docx")]) == 2
    stderr = capsys.readouterr().err
    assert "beschadigd" in stderr and "Traceback" not in stderr and not (tmp_path / "v.docx").exists()


def test_broken_references_open_read_only_in_the_window_with_the_message(path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(path, "DELETE FROM party")
    assert main(["info", str(path)]) == 2
    assert "verwijzingen" in capsys.readouterr().err
    with open_case(path, damaged_read_only=True) as case:
        assert case.read_only and "beschadigd" in case.read_only_reason and "contribution" in case.read_only_reason
