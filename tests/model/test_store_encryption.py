"""Encryption at rest with SQLCipher (skipped when the ``encryption`` extra is missing)."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from file_digests import file_digest
from sqlmodel import select

from casereview import settings
from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.lock import lock_path_for
from casereview.casefile.save_copy import save_copy_as
from casereview.model import CaseFileError, PassphraseRequired, WrongPassphrase, store
from casereview.model.migrations import MIGRATIONS, SCHEMA_VERSION
from casereview.model.store import SQLITE_HEADER, encryption_available, inspect_file
from casereview.model.tables import ChangeLog
from casereview.paths import config_dir
from casereview.session.contributions import add_contribution, list_contributions

pytestmark = pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 not installed")

PASS = "Correct Paard's 42 é"  # a quote and a non-ASCII letter on purpose
TITLE = "Review Jansen Amersfoort"


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once: every key derivation costs a deliberate fraction of a second."""
    path = tmp_path_factory.mktemp("sjabloon") / "geheim.casereview"
    case = create_case(path, TITLE, passphrase=PASS)
    add_contribution(case, text="De moeder belde de huisarts", party_id=None)
    case.close()
    return path


@pytest.fixture
def encrypted(encrypted_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / encrypted_template.name
    shutil.copy2(encrypted_template, path)
    return path


def test_encrypted_file_reveals_nothing(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    for secret in (TITLE, "moeder", "huisarts", PASS):
        assert secret.encode() not in data
    assert stat.S_IMODE(encrypted.stat().st_mode) == 0o600


def test_open_asks_for_passphrase_and_refuses_a_wrong_one(encrypted: Path) -> None:
    before = file_digest(encrypted)
    with pytest.raises(PassphraseRequired, match="versleuteld.*wachtwoord"):
        open_case(encrypted)
    with pytest.raises(WrongPassphrase, match="wachtwoord klopt niet"):
        open_case(encrypted, passphrase="correct paard's 42 é")
    assert file_digest(encrypted) == before
    assert not lock_path_for(encrypted).exists()
    case = open_case(encrypted, passphrase=PASS)
    try:
        assert case.encrypted
        assert case.case().title == TITLE
        assert [c.text for c in list_contributions(case)] == ["De moeder belde de huisarts"]
    finally:
        case.close()


def test_passphrase_and_title_are_not_stored_anywhere(encrypted: Path) -> None:
    case = open_case(encrypted, passphrase=PASS)
    try:
        settings.add_recent_file(encrypted)
        add_contribution(case, text="nog iets", party_id=None)
        lock = lock_path_for(encrypted).read_bytes()
        assert PASS.encode() not in lock and TITLE.encode() not in lock
    finally:
        case.close()
    for path in [*encrypted.parent.iterdir(), *config_dir().rglob("*")]:
        if path.is_file():
            content = path.read_bytes()
            assert PASS.encode() not in content, path
            assert TITLE.encode() not in content, path


def test_encrypt_an_existing_case_later(tmp_path: Path) -> None:
    from casereview.casefile.encryption import encrypt_case

    path = tmp_path / "later.casereview"
    case = create_case(path, TITLE)
    add_contribution(case, text="voor het versleutelen", party_id=None)
    encrypt_case(case, PASS)
    assert case.encrypted and not case.read_only
    add_contribution(case, text="na het versleutelen", party_id=None)  # the open case keeps working
    assert lock_path_for(path).exists()
    case.close()
    assert TITLE.encode() not in path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["later.casereview"]
    reopened = open_case(path, passphrase=PASS)
    try:
        assert [c.text for c in list_contributions(reopened)] == ["voor het versleutelen", "na het versleutelen"]
        assert reopened.store.integrity_check() == "ok"
        with reopened.read() as s:
            log = [(row.entity, row.action) for row in s.exec(select(ChangeLog).order_by(ChangeLog.id))]
        assert ("case", "encrypt") in log
    finally:
        reopened.close()


def test_reading_on_another_thread_while_the_key_changes_never_fails(tmp_path: Path) -> None:
    """The window's clock reads the case while encryption swaps the store in a worker: a read in between
    opened the new file with the old key ("file is not a database"). Reads wait for the swap instead."""
    import threading

    from casereview.casefile.encryption import decrypt_case, encrypt_case

    case = create_case(tmp_path / "klok.casereview", TITLE)
    failures: list[BaseException] = []
    reads = 0
    stop = threading.Event()

    def tick() -> None:
        nonlocal reads
        while not stop.is_set():
            try:
                assert case.case().title == TITLE
                reads += 1
            except BaseException as exc:  # noqa: BLE001  (what the clock would have met)
                failures.append(exc)
                return

    clock = threading.Thread(target=tick)
    clock.start()
    try:
        for _round in range(3):
            encrypt_case(case, PASS)
            decrypt_case(case)
    finally:
        stop.set()
        clock.join(timeout=30)
        case.close()
    assert failures == [] and reads > 0


def test_change_and_remove_the_passphrase(encrypted: Path) -> None:
    from casereview.casefile.encryption import decrypt_case, encrypt_case

    case = open_case(encrypted, passphrase=PASS)
    encrypt_case(case, "een nieuw wachtwoord")
    case.close()
    with pytest.raises(WrongPassphrase):
        open_case(encrypted, passphrase=PASS)
    case = open_case(encrypted, passphrase="een nieuw wachtwoord")
    decrypt_case(case)
    case.close()
    assert encrypted.read_bytes().startswith(SQLITE_HEADER)
    assert inspect_file(encrypted) == SCHEMA_VERSION


def test_too_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="minstens 8 tekens"):
        create_case(tmp_path / "kort.casereview", TITLE, passphrase="kort")
    assert list(tmp_path.iterdir()) == []


def test_copy_of_an_encrypted_case_stays_encrypted(encrypted: Path, tmp_path: Path) -> None:
    case = open_case(encrypted, passphrase=PASS)
    try:
        target = save_copy_as(case, tmp_path / "kopie.casereview")
    finally:
        case.close()
    assert not target.read_bytes().startswith(SQLITE_HEADER)
    with pytest.raises(PassphraseRequired):
        open_case(target)
    copy = open_case(target, passphrase=PASS)
    try:
        assert copy.case().title == TITLE
    finally:
        copy.close()


def test_older_encrypted_file_is_backed_up_encrypted_then_migrated(encrypted: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MIGRATIONS", [*MIGRATIONS, lambda conn: None])
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    case = open_case(encrypted, passphrase=PASS)
    try:
        assert case.store.schema_version == SCHEMA_VERSION + 1
    finally:
        case.close()
    backup = encrypted.with_name(f"geheim.backup-v{SCHEMA_VERSION}.casereview")
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert TITLE.encode() not in backup.read_bytes()
    monkeypatch.undo()
    assert inspect_file(backup, PASS) == SCHEMA_VERSION
