"""Which register an address means: SQLite paths, PostgreSQL with TLS unless local, the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from casereview.register import connection
from casereview.register.connection import RegisterError, make_engine, parse_register


def test_plain_path_and_sqlite_url_mean_a_file(tmp_path: Path) -> None:
    assert parse_register(str(tmp_path / "r.db")).path == tmp_path / "r.db"
    assert parse_register(f"sqlite:///{tmp_path}/r.db").is_sqlite
    with pytest.raises(RegisterError, match="bestand"):
        parse_register("sqlite://")


@pytest.mark.parametrize("url", ["postgresql+psycopg://u@/reg?host=/run/postgresql",
                                 "postgresql+psycopg://u@localhost/reg", "postgresql://u@127.0.0.1:5433/reg",
                                 "postgresql+psycopg://u@/reg"])
def test_a_local_postgres_needs_no_tls(url: str) -> None:
    target = parse_register(url)
    assert target.url.drivername == "postgresql+psycopg" and "sslmode" not in target.url.query


def test_a_remote_postgres_requires_tls() -> None:
    assert parse_register("postgresql://u@db.regio.nl/reg").url.query["sslmode"] == "require"
    assert parse_register("postgresql://u@db.regio.nl/reg?sslmode=verify-full").url.query["sslmode"] == "verify-full"
    for mode in ("disable", "allow", "prefer"):
        with pytest.raises(RegisterError, match="TLS"):
            parse_register(f"postgresql://u@db.regio.nl/reg?sslmode={mode}")
    with pytest.raises(RegisterError, match="psycopg"):
        parse_register("postgresql+psycopg2://u@db.regio.nl/reg")


def test_the_password_comes_from_the_keyring_and_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def fake_get(service: str, name: str) -> str:
        asked.append((service, name))
        return "geheim-uit-sleutelbos"

    import keyring

    monkeypatch.setattr(keyring, "get_password", fake_get)
    target = parse_register("postgresql+psycopg://wijkteam@db.regio.nl/reg")
    engine = make_engine(target)  # builds the engine only; no connection is made
    assert engine.url.password == "geheim-uit-sleutelbos"
    assert asked == [(connection.KEYRING_SERVICE, "wijkteam@db.regio.nl/reg")]
    assert "geheim" not in target.describe() and "geheim" not in repr(engine.url)
