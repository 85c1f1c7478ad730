"""The case file: create, reopen, migrate, refuse newer files, foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from file_digests import file_digest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from casereview.casefile.case_file import CaseFile, create_case, open_case
from casereview.model import SCHEMA_VERSION, CaseFileError, CaseStore
from casereview.model import migrations as migrations_module
from casereview.model.tables import ChangeLog, Step, Theme
from casereview.session.contributions import add_contribution, list_contributions
from casereview.session.parties import add_party
from casereview.session.procedure import update_case_details
from casereview.vocabulary import DEFAULT_THEMES


def test_new_case_has_defaults_and_reopens_with_everything(tmp_path: Path) -> None:
    path = tmp_path / "a.casereview"
    with create_case(path, "Review gezin A") as case:
        party = add_party(case, "Wijkteam")
        add_contribution(case, text="Het eerste huisbezoek ging goed.", party_id=party.id, kind="went_well")
        update_case_details(case, goal="Leren van de overdracht")
    with open_case(path) as case:
        assert case.case().title == "Review gezin A"
        assert case.case().goal == "Leren van de overdracht"
        assert [c.text for c in list_contributions(case)] == ["Het eerste huisbezoek ging goed."]
        with case.read() as s:
            assert len(s.exec(select(Step)).all()) == 7
            assert {t.name for t in s.exec(select(Theme))} == set(DEFAULT_THEMES)
            actions = [(log.entity, log.action) for log in s.exec(select(ChangeLog))]
        assert ("contribution", "add") in actions and ("case", "edit") in actions
        assert case.store.schema_version == SCHEMA_VERSION


def test_foreign_keys_are_enforced(case: CaseFile) -> None:
    from casereview.casefile.case_file import WriteFailedError

    with pytest.raises(WriteFailedError) as err:  # the driver's error, worded in Dutch for the window
        add_contribution(case, text="tekst", party_id=999)
    assert err.value.code == "write.conflict"
    assert isinstance(err.value.__cause__, IntegrityError) and "FOREIGN KEY" in str(err.value.__cause__)
    assert list_contributions(case) == []


def test_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.casereview"
    create_case(path, "X").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = file_digest(path)
    with pytest.raises(CaseFileError, match="nieuwere versie"):
        open_case(path)
    assert file_digest(path) == before


def test_older_file_is_backed_up_then_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oud.casereview"
    create_case(path, "Oud").close()

    def add_column(conn) -> None:  # a future migration: a new column on case
        conn.exec_driver_sql("ALTER TABLE \"case\" ADD COLUMN extra TEXT DEFAULT ''")

    monkeypatch.setattr(migrations_module, "MIGRATIONS", [*migrations_module.MIGRATIONS, add_column])
    monkeypatch.setattr("casereview.model.store.MIGRATIONS", migrations_module.MIGRATIONS)
    monkeypatch.setattr("casereview.model.store.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = CaseStore.open(path)
    try:
        assert store.schema_version == SCHEMA_VERSION + 1
    finally:
        store.close()
    backup = tmp_path / f"oud.backup-v{SCHEMA_VERSION}.casereview"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    conn = sqlite3.connect(path)
    assert "extra" in [row[1] for row in conn.execute("PRAGMA table_info('case')")]
    conn.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "leeg"),
        (b"Datum;Gebeurtenis\n01-01-2020;iets\n", "geen casereview-dossier"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "te kort"),
    ],
)
def test_files_that_are_not_case_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "vreemd.casereview"
    path.write_bytes(content)
    with pytest.raises(CaseFileError, match=message):
        open_case(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ander.casereview"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = file_digest(path)
    with pytest.raises(CaseFileError, match="ander programma"):
        open_case(path)
    assert file_digest(path) == before


def test_missing_file_gives_dutch_message(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="bestaat niet"):
        open_case(tmp_path / "weg.casereview")


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a.casereview"
    create_case(path, "A").close()
    with pytest.raises(CaseFileError, match="bestaat al"):
        create_case(path, "B")
    with open_case(path) as case:
        assert case.case().title == "A"


def test_backup_copy_while_open_is_consistent(case: CaseFile, tmp_path: Path) -> None:
    add_party(case, "Politie")
    copy = case.store.backup_to(tmp_path / "kopie.casereview")
    with open_case(copy) as other:
        assert other.case().title == case.case().title
