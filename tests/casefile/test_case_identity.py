"""Issue 22 §3: a case file replaced or taken over while open, and triggers planted in a case file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from file_digests import file_digest

from casereview.casefile.case_file import create_case, open_case
from casereview.model import CaseFileError, ReadOnlyCaseError
from casereview.privacy.pseudonyms import list_pseudonyms, set_pseudonym
from casereview.session.parties import add_party, list_parties


def _sql(path: Path, *statements: str) -> None:
    """What anyone with write access to the share can do with any SQLite tool."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def test_a_different_case_moved_over_the_open_one_gets_nothing(tmp_path: Path) -> None:
    ours = tmp_path / "a.casereview"
    other = tmp_path / "b.casereview"
    case = create_case(ours, "Review A")
    create_case(other, "Review B").close()
    try:
        add_party(case, "Wijkteam Oost")
        os.replace(other, ours)  # another process moves a different case over ours
        replaced = file_digest(ours)
        with pytest.raises(CaseFileError) as refused:
            add_party(case, "Veilig Thuis")
        assert refused.value.code == "case.replaced"
        assert case.read_only and case.stopped is not None
        with pytest.raises(ReadOnlyCaseError):  # and every later edit too
            add_party(case, "School")
    finally:
        case.close()
    assert file_digest(ours) == replaced
    with open_case(ours, read_only=True) as b:
        assert b.case().title == "Review B" and list_parties(b) == []


def test_an_older_copy_of_the_same_case_put_back_over_it_is_noticed_too(tmp_path: Path) -> None:
    """Same UUID, other file: only the file's identity (device and inode) tells them apart."""
    ours = tmp_path / "a.casereview"
    case = create_case(ours, "Review A")
    try:
        shutil.copy2(ours, tmp_path / "oud.casereview")
        add_party(case, "Wijkteam Oost")
        os.replace(tmp_path / "oud.casereview", ours)
        with pytest.raises(CaseFileError) as refused:
            add_party(case, "Veilig Thuis")
        assert refused.value.code == "case.replaced"
    finally:
        case.close()


def _taken_over_by_a_colleague(path: Path) -> None:
    """A colleague's casereview took the lock over while ours was paused: our holder row is replaced by theirs."""
    _sql(path, "DELETE FROM holder",
         "INSERT INTO holder (token, user, machine, pid, since, heartbeat) VALUES "
         "('collega', 'pieter', 'LAPTOP-COLLEGA', 4242, '2026-12-02 09:00:00', '2026-12-02 09:00:00')")


def test_a_heartbeat_that_finds_the_lock_taken_stops_writing(tmp_path: Path) -> None:
    path = tmp_path / "a.casereview"
    case = create_case(path, "Review A")
    try:
        assert case.claim is not None and case.claim.beat()
        _taken_over_by_a_colleague(path)
        assert case.claim.beat() is False
        assert case.read_only and case.stopped is not None and case.stopped.code == "lock.taken_over"
        with pytest.raises(ReadOnlyCaseError) as refused:
            add_party(case, "Veilig Thuis")
        assert refused.value.code == "lock.taken_over"
    finally:
        case.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT token FROM holder").fetchall() == [("collega",)]  # the colleague's row stays
        assert conn.execute("SELECT count(*) FROM party").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_write_before_the_next_heartbeat_finds_the_lock_taken_too(tmp_path: Path) -> None:
    """The laptop lid opens and the chair types at once: the write itself checks our holder row."""
    path = tmp_path / "a.casereview"
    case = create_case(path, "Review A")
    try:
        _taken_over_by_a_colleague(path)
        with pytest.raises(CaseFileError) as refused:
            add_party(case, "Veilig Thuis")
        assert refused.value.code == "lock.taken_over" and case.read_only
    finally:
        case.close()


PLANTED = "CREATE TRIGGER wis_namen AFTER INSERT ON holder BEGIN DELETE FROM pseudonym; END"


def _case_with_pseudonyms(path: Path) -> None:
    with create_case(path, "Review Bakker") as case:
        set_pseudonym(case, "Mila Bakker", "Kind A")
        set_pseudonym(case, "Fatima Bakker", "Moeder")


def test_a_planted_trigger_is_removed_after_a_safety_copy_before_any_write(tmp_path: Path) -> None:
    path = tmp_path / "bakker.casereview"
    _case_with_pseudonyms(path)
    _sql(path, PLANTED, "CREATE VIEW namen AS SELECT * FROM pseudonym",
         "CREATE UNIQUE INDEX blokkeer ON party (category)")
    with open_case(path) as case:  # opening writes the holder row: the trigger would fire here
        assert len(list_pseudonyms(case)) == 2
        add_party(case, "Wijkteam Oost")
        add_party(case, "Veilig Thuis")  # the planted unique index no longer blocks edits
        assert len(list_pseudonyms(case)) == 2
        assert case.store.cleaning_copy is not None
        copy = case.store.cleaning_copy
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name IN ('wis_namen', 'namen', 'blokkeer')"
                            ).fetchall() == []
        assert conn.execute("SELECT count(*) FROM changelog WHERE action = 'clean'").fetchone()[0] == 1
    finally:
        conn.close()
    conn = sqlite3.connect(copy)  # the copy keeps the file as it was found, for whoever investigates
    try:
        assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')")} == {
            "wis_namen", "namen"}
    finally:
        conn.close()


def test_a_restored_copy_with_a_planted_trigger_is_cleaned_too(tmp_path: Path) -> None:
    path = tmp_path / "bakker.casereview"
    _case_with_pseudonyms(path)
    poisoned = tmp_path / "kopie.casereview"
    shutil.copy2(path, poisoned)
    _sql(poisoned, PLANTED)
    with open_case(path) as case:
        case.store.restore_from(poisoned)
        assert case.claim is not None
        case.claim.rewrite()  # what the window does after a restore: an insert into holder
        assert len(list_pseudonyms(case)) == 2


def test_a_read_only_open_leaves_the_file_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "bakker.casereview"
    _case_with_pseudonyms(path)
    _sql(path, PLANTED)
    before = file_digest(path)
    with open_case(path, read_only=True) as case:
        assert len(list_pseudonyms(case)) == 2
    assert file_digest(path) == before
