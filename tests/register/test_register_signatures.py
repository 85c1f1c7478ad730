"""A SQLite register file has no identity: signatures make a row changed outside casereview visible."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from memory_keyring import MemoryKeyring, use_memory_keyring
from register_cases import imported_case

from casereview.casefile.case_file import open_case
from casereview.cli import main
from casereview.register.connection import RegisterError
from casereview.register.service import init_register, list_lessons, open_register, publish, withdraw
from casereview.register.signing import KEYRING_SERVICE, public_text


@pytest.fixture
def published(tmp_path: Path) -> tuple[str, Path]:
    """A register file with one lesson of Wijkteam Oost, published from this computer."""
    url = str(tmp_path / "regio.db")
    case = imported_case(tmp_path / "bakker.casereview")
    try:
        with init_register(url) as register:
            publish(case, register, "Wijkteam Oost")
    finally:
        case.close()
    return url, tmp_path / "bakker.casereview"


def _sql(url: str, statement: str, *params: object) -> None:
    """What a colleague with write access to the share can do: change the file with any SQLite tool."""
    conn = sqlite3.connect(url, isolation_level=None)
    try:
        conn.execute(statement, params)
    finally:
        conn.close()


def _list(url: str) -> list[dict]:
    with open_register(url) as register:
        return list_lessons(register)


def _list_text(url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["register", "list", "--register", url]) == 0
    return capsys.readouterr().out


def test_a_published_row_is_signed_with_a_key_from_the_keyring(published: tuple[str, Path],
                                                               memory_keyring: MemoryKeyring) -> None:
    url, _case = published
    [item] = _list(url)
    assert item["signature"] == "valid" and item["unverified_versions"] == []
    assert (KEYRING_SERVICE, "Wijkteam Oost") in memory_keyring.passwords
    conn = sqlite3.connect(url)
    try:
        key = conn.execute("SELECT public_key FROM register_organisation WHERE name = 'Wijkteam Oost'").fetchone()[0]
    finally:
        conn.close()
    assert key and memory_keyring.passwords[(KEYRING_SERVICE, "Wijkteam Oost")] not in key  # only the public half


def test_a_lesson_changed_in_the_file_is_marked(published: tuple[str, Path],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url, _case = published
    _sql(url, "UPDATE register_lesson SET lessons = 'Meldingen hebben geen zin.'")
    [item] = _list(url)
    assert item["signature"] == "invalid"
    assert "handtekening klopt niet" in _list_text(url, capsys)
    # The JSON keeps its keys and only adds the new ones.
    assert main(["register", "list", "--register", url, "--json"]) == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert {"case", "organisation", "version", "themes", "signature", "unverified_versions"} <= shown.keys()


def test_a_forged_withdrawal_does_not_hide_the_lesson(published: tuple[str, Path],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    url, _case = published
    _sql(url, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
              "SELECT case_uuid, organisation, 2, 'withdrawn', '2026-K1' FROM register_lesson")
    [item] = _list(url)
    assert (item["version"], item["signature"], item["unverified_versions"]) == (1, "valid", [2])
    assert "nieuwere versie 2 niet getoond" in _list_text(url, capsys)


def test_a_replaced_public_key_makes_every_row_of_that_organisation_fail(published: tuple[str, Path],
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    url, _case = published
    _sql(url, "UPDATE register_organisation SET public_key = ? WHERE name = 'Wijkteam Oost'",
         public_text(Ed25519PrivateKey.generate()))
    [item] = _list(url)
    assert item["signature"] == "invalid"


def test_withdrawing_another_organisations_lesson_needs_its_key(published: tuple[str, Path]) -> None:
    url, case_path = published
    use_memory_keyring()  # another computer: a colleague of another organisation with the same files
    with open_case(case_path, read_only=True) as theirs, open_register(url) as register:
        with pytest.raises(RegisterError, match="andere sleutel"):
            withdraw(theirs, register, "Wijkteam Oost")
        with pytest.raises(RegisterError, match="andere sleutel"):
            publish(theirs, register, "Wijkteam Oost")  # nor publish a version in its name
    [item] = _list(url)
    assert (item["version"], item["signature"]) == (1, "valid")


def test_the_organisation_that_published_can_withdraw(published: tuple[str, Path]) -> None:
    url, case_path = published
    with open_case(case_path, read_only=True) as case, open_register(url) as register:
        assert withdraw(case, register, "Wijkteam Oost") == 2
    assert _list(url) == []


def test_an_older_unsigned_row_is_shown_as_unsigned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(tmp_path / "regio.db")
    init_register(url).close()
    _sql(url, "INSERT INTO register_organisation (name) VALUES ('Veilig Thuis')")
    _sql(url, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
              "VALUES ('oud', 'Veilig Thuis', 1, 'published', '2025-K1')")
    [item] = _list(url)
    assert item["signature"] == "unsigned"
    assert "niet ondertekend" in _list_text(url, capsys)


def test_init_says_a_register_file_has_no_identity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register", "init", str(tmp_path / "regio.db")]) == 0
    assert "geen identiteit" in capsys.readouterr().out
