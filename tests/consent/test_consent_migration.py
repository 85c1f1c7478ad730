"""An older case file gains the consent round, the evaluation and the family columns when opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casereview.casefile.case_file import create_case, open_case
from casereview.model.migrations import SCHEMA_VERSION
from casereview.session.evaluation import add_evaluation, summarise_evaluations
from casereview.session.family import list_family_questions
from casereview.session.parties import add_party, list_parties
from casereview.timeline.events import add_event, list_events

NEW_TABLES = ("draftversion", "partyresponse", "reaction", "evaluation", "familyquestion")


def _file_from_before_this_step(path: Path) -> Path:
    """A case file as the previous schema version wrote it: none of this step's tables and columns."""
    create_case(path, "Oude review").close()
    conn = sqlite3.connect(path)
    try:
        for table in NEW_TABLES:
            conn.execute(f'DROP TABLE IF EXISTS "{table}"')
        conn.execute('ALTER TABLE party DROP COLUMN involvement')
        conn.execute('ALTER TABLE party DROP COLUMN contact_person')
        conn.execute('ALTER TABLE timelineevent DROP COLUMN from_family')
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
        conn.commit()
    finally:
        conn.close()
    return path


def test_old_file_gets_the_new_tables_and_columns(tmp_path: Path) -> None:
    path = _file_from_before_this_step(tmp_path / "oud.casereview")
    with open_case(path) as case:
        add_party(case, "Familie", "client")
        add_event(case, date_text="2020", description="Oude gebeurtenis.")
        assert list_events(case)[0].event.from_family is False
        assert list_parties(case)[0].involvement is None
        assert list_family_questions(case) == []
        add_evaluation(case, [4] * 8)
        assert summarise_evaluations(case).count == 1
    conn = sqlite3.connect(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(NEW_TABLES) <= tables
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
