"""Opening, creating and validating case files.

A case file is a SQLite database marked with our ``application_id`` and a
schema version in ``user_version``. Everything here checks a file with a
read-only connection first, so a file we refuse is never touched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine

from casereview.model.errors import CaseFileError
from casereview.model.migrations import MIGRATIONS, SCHEMA_VERSION

APPLICATION_ID = 0x43525631  # "CRV1"
SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".casereview"


def _apply_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    # DELETE journal, not WAL: WAL needs shared memory, which network shares
    # do not provide reliably (see docs/betrouwbaarheid.md).
    cur.execute("PRAGMA journal_mode = DELETE")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url, poolclass=NullPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def inspect_file(path: Path) -> int:
    """Return the schema version of a case file, or raise a Dutch CaseFileError.

    Only reads. Distinguishes the ways a file can fail to be a case file so
    the message can say which one it is.
    """
    name = path.name
    if not path.exists():
        raise CaseFileError(f"Het bestand '{path}' bestaat niet (meer). Controleer de map of de netwerkschijf.")
    if path.is_dir():
        raise CaseFileError(f"'{path}' is een map, geen dossierbestand.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError as exc:
        raise CaseFileError(f"U heeft geen toegang tot '{name}': {exc.strerror}.") from exc
    if len(header) == 0:
        raise CaseFileError(f"Het bestand '{name}' is leeg; er staat geen dossier in.")
    if not header.startswith(SQLITE_HEADER):
        raise CaseFileError(f"'{name}' is geen casereview-dossier (het bestand heeft een ander formaat).")
    if len(header) < 100:
        raise CaseFileError(f"Het dossier '{name}' is afgebroken of beschadigd (het bestand is te kort).")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"Het dossier '{name}' is beschadigd en kan niet worden gelezen ({exc}).") from exc
    if app_id != APPLICATION_ID:
        raise CaseFileError(f"'{name}' is een database van een ander programma, geen casereview-dossier.")
    if check != "ok":
        raise CaseFileError(f"Het dossier '{name}' is beschadigd: {check}")
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            f"Het dossier '{name}' is gemaakt met een nieuwere versie van casereview "
            f"(dossierversie {version}; deze versie kent t/m {SCHEMA_VERSION}). "
            "Werk casereview bij om het te openen. Het bestand is niet gewijzigd."
        )
    return version


class CaseStore:
    """An open case file: the SQLAlchemy engine plus what we know of the file."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only

    @classmethod
    def create(cls, path: Path | str) -> CaseStore:
        """Create an empty case file at the current schema version, private to the user."""
        path = Path(path)
        if path.exists():
            raise CaseFileError(f"Het bestand '{path.name}' bestaat al; kies een andere naam.")
        if not path.parent.is_dir():
            raise CaseFileError(f"De map '{path.parent}' bestaat niet.")
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise CaseFileError(f"Kan '{path.name}' niet aanmaken: {exc.strerror}.") from exc
        try:
            conn = sqlite3.connect(path)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
            conn.close()
            store = cls(path, _make_engine(path, read_only=False), read_only=False)
            store._migrate(0)
        except Exception:
            path.unlink(missing_ok=True)
            raise
        return store

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> CaseStore:
        """Open an existing case file, migrating an older one after a backup copy."""
        path = Path(path)
        version = inspect_file(path)
        if not read_only and not os.access(path, os.W_OK):
            raise CaseFileError(
                f"Het dossier '{path.name}' is alleen-lezen; u kunt het alleen bekijken. "
                "Maak een kopie of vraag schrijfrechten om het te bewerken."
            )
        if read_only and version < SCHEMA_VERSION:
            raise CaseFileError(
                f"Het dossier '{path.name}' is gemaakt met een oudere versie en moet eerst worden bijgewerkt; "
                "open het met schrijfrechten."
            )
        store = cls(path, _make_engine(path, read_only=read_only), read_only=read_only)
        if version < SCHEMA_VERSION:
            store.backup_to(backup_path_for(path, version))
            store._migrate(version)
        return store

    def _migrate(self, from_version: int) -> None:
        for version in range(from_version, SCHEMA_VERSION):
            with self.engine.begin() as conn:
                MIGRATIONS[version](conn)
                conn.execute(text(f"PRAGMA user_version = {version + 1}"))

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("PRAGMA user_version")).scalar_one())

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def backup_to(self, target: Path | str) -> Path:
        """Write a consistent copy with SQLite's backup API (safe while the file is in use)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        src = sqlite3.connect(f"file:{self.path.as_posix()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
        return target

    def close(self) -> None:
        self.engine.dispose()


def backup_path_for(path: Path, version: int) -> Path:
    """Where the copy of an older file goes before it is migrated."""
    return path.with_name(f"{path.stem}.backup-v{version}{path.suffix}")
