"""'Opslaan als' while the case is open: SQLite's backup API, never a raw file copy."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from casereview.casefile.case_file import CaseFile, create_case, open_case
from casereview.casefile.lock import LockInfo, lock_path_for
from casereview.casefile.save_copy import save_copy_as
from casereview.model import CaseFileError
from casereview.session.contributions import add_contribution, list_contributions


def test_copy_while_open_with_an_uncommitted_transaction(case: CaseFile, tmp_path: Path) -> None:
    for number in range(5):
        add_contribution(case, text=f"opgeslagen {number}", party_id=None)
    other = sqlite3.connect(case.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO contribution (kind, text, created_at) VALUES ('observation', 'niet af', '2026-01-01')")
    try:
        target = save_copy_as(case, tmp_path / "kopie.casereview")
    finally:
        other.execute("ROLLBACK")
        other.close()
    copy = open_case(target)
    try:
        assert copy.store.integrity_check() == "ok"
        texts = [c.text for c in list_contributions(copy)]
        assert texts == [f"opgeslagen {n}" for n in range(5)]
        assert copy.case().title == case.case().title
    finally:
        copy.close()
    add_contribution(case, text="alleen in het origineel", party_id=None)  # the source stays open and usable
    assert len(list_contributions(case)) == 6


def test_copies_made_during_a_burst_of_writes_are_consistent(case: CaseFile, tmp_path: Path) -> None:
    stop = threading.Event()

    def capture() -> None:
        number = 0
        while not stop.is_set():
            add_contribution(case, text=f"live {number}", party_id=None)
            number += 1

    writer = threading.Thread(target=capture)
    writer.start()
    try:
        targets = [save_copy_as(case, tmp_path / f"kopie{n}.casereview") for n in range(5)]
    finally:
        stop.set()
        writer.join()
    for target in targets:
        copy = open_case(target, read_only=True)
        try:
            assert copy.store.integrity_check() == "ok"
            texts = [c.text for c in list_contributions(copy)]
            assert texts == [f"live {n}" for n in range(len(texts))]  # a prefix: one committed state
        finally:
            copy.close()


def test_copy_is_private_and_has_no_lock(case: CaseFile, tmp_path: Path) -> None:
    target = save_copy_as(case, tmp_path / "prive.casereview")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not lock_path_for(target).exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") and "prive" in p.name) == []


def test_copy_refuses_to_overwrite_without_asking(case: CaseFile, tmp_path: Path) -> None:
    target = tmp_path / "bestaat.casereview"
    target.write_bytes(b"iets anders")
    with pytest.raises(CaseFileError, match="bestaat al"):
        save_copy_as(case, target)
    assert target.read_bytes() == b"iets anders"
    save_copy_as(case, target, overwrite=True)
    copy = open_case(target)
    copy.close()


def test_copy_onto_itself_or_onto_an_open_case_is_refused(case: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="andere naam"):
        save_copy_as(case, case.path)
    target = tmp_path / "in-gebruik.casereview"
    target.write_bytes(b"")
    lock_path_for(target).write_bytes(LockInfo("bert", "PC-ELDERS", 1, case.case().created_at).to_json())
    with pytest.raises(CaseFileError, match="Geopend door bert"):
        save_copy_as(case, target, overwrite=True)
    assert target.read_bytes() == b""


def test_copy_into_a_missing_folder(case: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="bestaat niet"):
        save_copy_as(case, tmp_path / "nergens" / "kopie.casereview")


def test_copies_while_another_process_is_writing(tmp_path: Path) -> None:
    """A colleague's casereview keeps capturing; our copies are each one consistent state."""
    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "druk.casereview"
    create_case(path, "Druk dossier").close()
    writer = subprocess.Popen([sys.executable, str(root / "tests" / "scripts" / "kill_writer.py"), str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "ready"
    writer.stdout.readline()  # at least one contribution stored
    viewer = open_case(path)
    try:
        assert viewer.read_only  # the writer holds the lock
        targets = [save_copy_as(viewer, tmp_path / f"kopie{n}.casereview") for n in range(4)]
    finally:
        viewer.close()
        writer.kill()
        writer.communicate()
    counts = []
    for target in targets:
        copy = open_case(target, read_only=True)
        try:
            assert copy.store.integrity_check() == "ok"
            texts = [c.text.split(" ")[1] for c in list_contributions(copy)]
            assert texts == [str(n) for n in range(len(texts))]
            counts.append(len(texts))
        finally:
            copy.close()
    assert counts == sorted(counts) and counts[0] >= 1
