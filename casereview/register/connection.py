"""Which register a URL or path means, and opening it with the right safety rules.

- A plain path or ``sqlite:///…``: a SQLite file on a share, with the case
  files' discipline: rollback journal (no WAL, which shares do not support),
  ``synchronous=FULL``, a busy timeout, and writes that take the write lock
  at their start (``BEGIN IMMEDIATE``) so two publishers queue instead of
  failing halfway.
- ``postgresql+psycopg://…`` (psycopg 3; ``postgresql://`` is read the same):
  TLS is required unless the host is this computer (a unix socket,
  ``localhost``, ``127.0.0.1``, ``::1``). A missing password comes from the
  system keyring, never from a settings file.

Nothing here connects on import; a connection is made only when a command
or the window asks for the register the user named.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from casereview.model import CaseFileError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "casereview-register"
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
SAFE_SSLMODES = {"require", "verify-ca", "verify-full"}


class RegisterError(CaseFileError):
    """The register cannot be used as asked; ``str()`` says why, in Dutch."""


@dataclass(frozen=True)
class RegisterTarget:
    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path:
        return Path(self.url.database or "")

    def describe(self) -> str:
        """The register as the user may see it: the file, or host and database without the password."""
        if self.is_sqlite:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def parse_register(raw: str) -> RegisterTarget:
    """Read ``--register``: a path, ``sqlite:///path`` or ``postgresql+psycopg://user@host/db``."""
    text = raw.strip()
    if not text:
        raise RegisterError(code="register.no_target")
    if "://" not in text:
        return RegisterTarget(URL.create("sqlite", database=str(Path(text).expanduser())))
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise RegisterError(code="register.bad_address", value=_safe(text)) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise RegisterError(code="register.sqlite_is_file")
        return RegisterTarget(url)
    if backend in ("postgresql", "postgres"):
        if url.drivername not in ("postgresql", "postgres", "postgresql+psycopg"):
            raise RegisterError(code="register.wrong_driver", drivername=url.drivername)
        url = url.set(drivername="postgresql+psycopg")
        return RegisterTarget(_with_tls_rule(url))
    raise RegisterError(code="register.bad_backend", backend=backend)


def _safe(text: str) -> str:
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("@")[-1]


def is_local_host(url: URL) -> bool:
    """This computer: a loopback host, a unix socket folder, or no host at all (libpq's default socket)."""
    if url.host:
        return url.host in LOCAL_HOSTS
    socket_dir = url.query.get("host", "")
    socket_dir = socket_dir[0] if isinstance(socket_dir, tuple) else socket_dir
    return not socket_dir or socket_dir.startswith("/")


def _with_tls_rule(url: URL) -> URL:
    """Require TLS for any host that is not this computer; refuse a URL that switches it off."""
    if is_local_host(url):
        return url
    mode = str(url.query.get("sslmode", ""))
    if not mode:
        return url.update_query_dict({"sslmode": "require"})
    if mode not in SAFE_SSLMODES:
        raise RegisterError(
            code="register.tls_required", host=url.host, mode=mode)
    return url


def keyring_name(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'lokaal'}/{url.database or ''}"


def password_from_keyring(url: URL) -> str | None:
    """The password stored for this register user, or None (no keyring, nothing stored)."""
    try:
        import keyring
        import keyring.errors

        return keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except Exception as exc:  # a missing or locked keyring backend must not stop the command
        log.info("Geen wachtwoord uit de sleutelbos (%s)", type(exc).__name__)
        return None


def store_password(url: URL, password: str) -> None:
    """Keep the register password in the system keyring (the settings file never holds it)."""
    import keyring
    import keyring.errors

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, keyring_name(url))
            except keyring.errors.PasswordDeleteError:
                pass
    except keyring.errors.KeyringError as exc:
        raise RegisterError(code="register.keyring_failed", reason=exc) from exc


def make_engine(target: RegisterTarget, *, create: bool = False) -> Engine:
    """An engine for the register; connects lazily (only when a command first uses it)."""
    if target.is_sqlite:
        return _sqlite_engine(target, create=create)
    url = target.url
    if url.password is None and url.username:
        stored = password_from_keyring(url)
        if stored:
            url = url.set(password=stored)
    # One connection kept for the life of an open register (a command, a dialog), closed by Register.close().
    return create_engine(url, pool_size=1, max_overflow=2, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def _sqlite_engine(target: RegisterTarget, *, create: bool) -> Engine:
    path = target.path
    if not path.parent.is_dir():
        raise RegisterError(code="register.no_folder", parent=path.parent)
    if not create and not path.is_file():
        raise RegisterError(code="register.not_found", path=path)
    mode = "rwc" if create else "rw"

    def connect() -> sqlite3.Connection:
        uri = "file:" + path.resolve().as_posix() + f"?mode={mode}"
        conn = sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine
