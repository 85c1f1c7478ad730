"""Files that are not what they seem: a clear Dutch message, and the file untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from file_digests import file_digest

from casereview.casefile.case_file import create_case, open_case
from casereview.model import CaseFileError, CaseStore, PassphraseRequired, ReadOnlyCaseError, WrongPassphrase
from casereview.model.migrations import SCHEMA_VERSION
from casereview.model.store import encryption_available, inspect_file
from casereview.session.contributions import add_contribution, list_contributions


def _real_case(path: Path, contributions: int = 40) -> Path:
    case = create_case(path, "Echt dossier")
    for number in range(contributions):
        add_contribution(case, text=f"bijdrage {number} " + "woorden " * 50, party_id=None)
    case.close()
    return path


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    _real_case(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(5000))


def _text_file(path: Path) -> None:
    path.write_text("Datum;Gebeurtenis\n01-02-2020;Melding bij Veilig Thuis\n", encoding="utf-8")


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('pannenkoeken', 30)")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    _real_case(path, contributions=1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


def _damaged_page(path: Path) -> None:
    _real_case(path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))


BAD_FILES: list[tuple[str, Callable[[Path], None], str]] = [
    ("leeg", _empty, "is leeg"),
    ("afgebroken", _truncated, "afgebroken"),
    ("willekeurig", _random_bytes, "geen casereview-dossier"),
    ("tekst", _text_file, "geen casereview-dossier"),
    ("ander programma", _other_program, "ander programma"),
    ("nieuwere versie", _newer_version, "nieuwere versie van casereview"),
    ("beschadigd", _damaged_page, "beschadigd"),
]


@pytest.mark.parametrize(("label", "make", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
@pytest.mark.parametrize("read_only", [False, True], ids=["bewerken", "bekijken"])
def test_bad_file_gives_dutch_message_and_stays_untouched(tmp_path: Path, label: str,
                                                          make: Callable[[Path], None], message: str,
                                                          read_only: bool) -> None:
    path = tmp_path / "dossier.casereview"
    make(path)
    before = file_digest(path)
    with pytest.raises(CaseFileError, match=message) as caught:
        open_case(path, read_only=read_only)
    assert "dossier.casereview" in str(caught.value)  # says which file
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.casereview"]  # no lock, journal or backup left


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "verhuisd" / "weg.casereview"
    with pytest.raises(CaseFileError, match="bestaat niet"):
        open_case(path)
    assert not path.exists()
    assert not path.parent.exists()


def test_file_removed_after_it_was_listed(tmp_path: Path) -> None:
    path = _real_case(tmp_path / "recent.casereview", contributions=1)
    path.unlink()
    with pytest.raises(CaseFileError, match="bestaat niet"):
        open_case(path)
    assert not path.exists()  # not silently recreated empty


def test_directory_named_like_a_case(tmp_path: Path) -> None:
    path = tmp_path / "map.casereview"
    path.mkdir()
    with pytest.raises(CaseFileError, match="is een map"):
        open_case(path)


def test_write_protected_file_opens_read_only_with_reason(tmp_path: Path) -> None:
    """Mode bits decide, so this holds when the tests run as root too."""
    path = _real_case(tmp_path / "beschermd.casereview", contributions=2)
    os.chmod(path, 0o444)
    before = file_digest(path)
    case = open_case(path)
    try:
        assert case.read_only
        assert "alleen-lezen" in case.read_only_reason and "beschermd.casereview" in case.read_only_reason
        assert case.case().title == "Echt dossier"
        with pytest.raises(ReadOnlyCaseError, match="alleen-lezen"):
            add_contribution(case, text="gaat niet", party_id=None)
    finally:
        case.close()
    with pytest.raises(CaseFileError, match="alleen-lezen"):
        CaseStore.open(path)
    assert file_digest(path) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["beschermd.casereview"]


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 not installed")
def test_random_whole_pages_ask_for_a_passphrase_then_refuse_it(tmp_path: Path) -> None:
    """Encrypted files look like noise; the passphrase is what tells them apart."""
    path = tmp_path / "ruis.casereview"
    path.write_bytes(os.urandom(8192))
    before = file_digest(path)
    with pytest.raises(PassphraseRequired, match="versleuteld"):
        open_case(path)
    with pytest.raises(WrongPassphrase, match="wachtwoord klopt niet"):
        open_case(path, passphrase="wat dan ook")
    assert file_digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ruis.casereview"]


def test_inspect_reports_the_version_of_a_good_file(tmp_path: Path) -> None:
    path = _real_case(tmp_path / "goed.casereview", contributions=1)
    assert inspect_file(path) == SCHEMA_VERSION


def test_interrupted_write_is_rolled_back_on_open(tmp_path: Path) -> None:
    """A journal left by a crash is undone on open: the last completed action is what remains."""
    path = _real_case(tmp_path / "onderbroken.casereview", contributions=3)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA cache_size = 2")  # make SQLite write pages before the commit
    writer.execute("BEGIN")
    writer.execute("UPDATE contribution SET text = 'half geschreven'")
    writer.execute("INSERT INTO contribution (kind, text, created_at) "
                   "SELECT 'observation', hex(randomblob(2000)), '2026-01-01 00:00:00' "
                   "FROM contribution, contribution AS b, contribution AS c")
    snapshot = tmp_path / "na-crash"
    snapshot.mkdir()
    crashed = snapshot / path.name
    crashed.write_bytes(path.read_bytes())
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    (snapshot / journal.name).write_bytes(journal.read_bytes())
    writer.execute("ROLLBACK")
    writer.close()
    case = open_case(crashed)
    try:
        assert case.store.integrity_check() == "ok"
        texts = [row.text for row in list_contributions(case)]
        assert len(texts) == 3 and "half geschreven" not in texts
    finally:
        case.close()


def test_case_file_switched_to_wal_by_another_tool_is_brought_back(tmp_path: Path) -> None:
    """Someone opened the file in a database browser and turned WAL on: data kept, WAL off again."""
    path = _real_case(tmp_path / "wal.casereview", contributions=1)
    other = sqlite3.connect(path)
    assert other.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    other.execute("UPDATE contribution SET text = 'alleen in de WAL'")
    other.commit()
    snapshot = tmp_path / "kopie"
    snapshot.mkdir()
    for suffix in ("", "-wal"):
        (snapshot / f"wal.casereview{suffix}").write_bytes(Path(f"{path}{suffix}").read_bytes())
    other.close()
    copy = snapshot / "wal.casereview"
    case = open_case(copy)
    try:
        assert [c.text for c in list_contributions(case)] == ["alleen in de WAL"]
    finally:
        case.close()
    assert copy.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in snapshot.iterdir()) == ["wal.casereview"]


def test_negative_schema_version_is_damage_not_an_old_file(tmp_path: Path) -> None:
    """A flipped bit in the header's version (found by the fuzz test) must not start a migration."""
    path = tmp_path / "kapot.casereview"
    with create_case(path, "Titel"):
        pass
    data = bytearray(path.read_bytes())
    data[60] = 128
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(CaseFileError, match="dossierversie in de kop"):
        open_case(path)
    assert path.read_bytes() == before
