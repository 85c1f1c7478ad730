"""A file from before agreements got levels and effect checks opens with them added, content kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement, list_agreements
from casereview.findings.effect_checks import add_effect_check, list_effect_checks
from casereview.findings.followup_agenda import set_terugkommoment
from casereview.model import migrations
from casereview.model.migrations import MIGRATIONS, SCHEMA_VERSION
from casereview.vocabulary import AgreementKind


def _older_file(path: Path) -> int:
    """Build a current file, then take away what the agreements step adds; returns the version before it."""
    with create_case(path, "Oude review") as case:
        add_agreement(case, action="Overdracht samen doen", kind=AgreementKind.IMPROVE_EXISTING)
    before = MIGRATIONS.index(migrations._agreements_that_get_done)
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TABLE effectcheck")
        conn.execute("DROP TABLE followupdecision")
        conn.execute("ALTER TABLE agreement DROP COLUMN level")
        conn.execute("ALTER TABLE agreement DROP COLUMN programme")
        conn.execute('ALTER TABLE "case" DROP COLUMN terugkommoment_date')
        conn.execute(f"PRAGMA user_version = {before}")
        conn.commit()
    finally:
        conn.close()
    return before


def test_older_file_gets_levels_effect_checks_and_a_terugkommoment(tmp_path: Path) -> None:
    path = tmp_path / "oud.casereview"
    before = _older_file(path)
    with open_case(path) as case:
        assert case.store.schema_version == SCHEMA_VERSION
        item = list_agreements(case)[0]
        assert item.action == "Overdracht samen doen" and item.level is None
        add_effect_check(case, item.id, "works")
        set_terugkommoment(case, None)
        assert len(list_effect_checks(case, item.id)) == 1
    assert (tmp_path / f"oud.backup-v{before}.casereview").exists()
