"""An older case file is backed up next to itself, then migrated in one transaction."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from file_digests import file_digest
from sqlalchemy import Connection, text

from casereview.casefile.case_file import create_case, open_case
from casereview.model import CaseFileError, store
from casereview.model.migrations import MIGRATIONS, SCHEMA_VERSION
from casereview.session.contributions import add_contribution, list_contributions


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def _add_case_note(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE \"case\" ADD COLUMN note TEXT NOT NULL DEFAULT ''"))


def _half_then_fail(conn: Connection) -> None:
    conn.execute(text("CREATE TABLE half_done (x INTEGER)"))
    conn.execute(text("UPDATE contribution SET text = 'gewijzigd'"))
    raise RuntimeError("stap 2 faalt")


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A case file written by 'this' version, which the test then pretends is older."""
    path = tmp_path / "oud.casereview"
    case = create_case(path, "Oude review")
    add_contribution(case, text="van vroeger", party_id=None)
    case.close()
    return path


def _newer_schema(monkeypatch: pytest.MonkeyPatch, step) -> int:
    new_version = SCHEMA_VERSION + 1
    monkeypatch.setattr(store, "MIGRATIONS", [*MIGRATIONS, step])
    monkeypatch.setattr(store, "SCHEMA_VERSION", new_version)
    return new_version


def test_older_file_is_backed_up_then_migrated(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = file_digest(old_file)
    new_version = _newer_schema(monkeypatch, _add_case_note)
    case = open_case(old_file)
    try:
        assert case.store.schema_version == new_version
        assert [c.text for c in list_contributions(case)] == ["van vroeger"]
    finally:
        case.close()
    assert "note" in _columns(old_file, "case")
    backup = old_file.with_name(f"oud.backup-v{SCHEMA_VERSION}.casereview")
    assert backup.exists()
    assert _user_version(backup) == SCHEMA_VERSION
    assert "note" not in _columns(backup, "case")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    monkeypatch.undo()
    # The backup is the old file as it was: the old version opens it.
    restored = open_case(backup, read_only=True)
    try:
        assert [c.text for c in list_contributions(restored)] == ["van vroeger"]
    finally:
        restored.close()
    assert before != file_digest(old_file)


def test_failed_migration_leaves_the_file_as_it_was(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = file_digest(old_file)
    _newer_schema(monkeypatch, _half_then_fail)
    with pytest.raises(CaseFileError, match="mislukt.*niet gewijzigd.*oud.backup-v") as caught:
        open_case(old_file)
    assert "stap 2 faalt" in str(caught.value)
    assert file_digest(old_file) == before
    assert _user_version(old_file) == SCHEMA_VERSION
    assert _columns(old_file, "half_done") == []  # the table created before the failure is gone too
    # A second attempt keeps the first backup and numbers the next one.
    with pytest.raises(CaseFileError, match="mislukt"):
        open_case(old_file)
    names = sorted(p.name for p in old_file.parent.iterdir())
    assert names == sorted([f"oud.backup-v{SCHEMA_VERSION}-2.casereview", f"oud.backup-v{SCHEMA_VERSION}.casereview",
                            "oud.casereview"])


def test_older_file_is_not_migrated_when_only_viewing(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = file_digest(old_file)
    _newer_schema(monkeypatch, _add_case_note)
    with pytest.raises(CaseFileError, match="oudere versie"):
        open_case(old_file, read_only=True)
    assert file_digest(old_file) == before
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["oud.casereview"]


def test_new_file_is_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.casereview"
    create_case(path, "Nieuw").close()
    assert _user_version(path) == SCHEMA_VERSION


def make_version_1_file(path: Path) -> Path:
    """A case file as casereview wrote it at schema version 1: no case UUID yet."""
    with create_case(path, "Oude review") as case:
        add_contribution(case, text="Al vastgelegd voor de UUID er was.", party_id=None)
    conn = sqlite3.connect(path)
    try:
        conn.execute('DROP INDEX IF EXISTS "ix_case_uuid"')
        conn.execute('ALTER TABLE "case" DROP COLUMN uuid')
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    finally:
        conn.close()
    return path


def test_version_1_file_gets_a_uuid_and_keeps_its_content(tmp_path: Path) -> None:
    path = make_version_1_file(tmp_path / "v1.casereview")
    assert "uuid" not in _columns(path, "case") and _user_version(path) == 1
    with open_case(path) as case:
        assert [c.text for c in list_contributions(case)] == ["Al vastgelegd voor de UUID er was."]
        with case.store.engine.connect() as conn:
            uuid_value = conn.execute(text('SELECT uuid FROM "case"')).scalar_one()
    assert len(uuid_value) == 36 and _user_version(path) == SCHEMA_VERSION
    assert (tmp_path / "v1.backup-v1.casereview").exists()
    with open_case(path) as case:  # opening again keeps the same identity
        with case.store.engine.connect() as conn:
            assert conn.execute(text('SELECT uuid FROM "case"')).scalar_one() == uuid_value
