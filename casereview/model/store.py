"""Opening, creating and validating case files.

A case file is a SQLite database marked with our ``application_id`` and a
schema version in ``user_version``; optionally encrypted with SQLCipher.
Everything here checks a file with a read-only connection first, so a file we
refuse is never touched. New files are built under a temporary name and only
appear under their real name once complete.

Settings that keep a file safe (see docs/betrouwbaarheid.md): rollback journal
(``journal_mode=DELETE``), not WAL, because WAL needs shared memory between
processes that network shares do not provide; ``synchronous=FULL`` so a
commit that returned is on disk; every transaction started explicitly with
``BEGIN`` so schema changes are atomic too.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, event, text
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session, create_engine

from casereview.model.errors import CaseFileError, DamagedCaseError, PassphraseRequired, WrongPassphrase
from casereview.model.migrations import MIGRATIONS, SCHEMA_VERSION
from casereview.model.schema_description import TABLES
from casereview.model.schema_objects import ForeignObject, drop_foreign_objects, foreign_objects

APPLICATION_ID = 0x43525631  # "CRV1"
SQLITE_HEADER = b"SQLite format 3\x00"
EXTENSION = ".casereview"
_SNIFF_BYTES = 1024
_PRIVATE = 0o600


def sqlcipher_dbapi() -> ModuleType | None:
    """The SQLCipher DB-API module, or None when the ``encryption`` extra is not installed."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return None
    return dbapi2


def encryption_available() -> bool:
    return sqlcipher_dbapi() is not None


def _require_sqlcipher(name: str) -> ModuleType:
    module = sqlcipher_dbapi()
    if module is None:
        raise CaseFileError(code="store.encryption_missing", name=name)
    return module


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _uri(path: Path, mode: str) -> str:
    """A SQLite URI for ``path`` that also works for Windows shares (``\\\\server\\share``).

    ``Path.as_uri`` would put a share's server in the URI's authority, which
    SQLite refuses; an empty authority with a path starting ``//`` works.
    """
    text = path.resolve().as_posix()
    if not text.startswith("/"):
        text = "/" + text  # C:/... becomes /C:/...
    return "file://" + quote(text, safe="/:") + f"?mode={mode}"


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _connect(path: Path, *, read_only: bool, passphrase: str | None = None,
             module: ModuleType | None = None) -> Any:
    """A DB-API connection with our pragmas, keyed when a passphrase is given.

    ``mode=rw`` (not the default ``rwc``) so a file that vanished is reported
    instead of silently recreated empty.
    """
    dbapi = module or (_require_sqlcipher(path.name) if passphrase is not None else sqlite3)
    if passphrase is not None and ("\x00" in passphrase or _has_lone_surrogate(passphrase)):
        raise WrongPassphrase(code="store.passphrase_bad_character", name=path.name)
    uri = _uri(path, "ro" if read_only else "rw")
    try:
        conn = dbapi.connect(uri, uri=True, check_same_thread=False, isolation_level=None, timeout=5.0)
    except dbapi.Error as exc:
        raise CaseFileError(code="store.cannot_open", name=path.name, reason=exc) from exc
    try:
        if dbapi is not sqlite3:
            conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except dbapi.DatabaseError as exc:
                raise WrongPassphrase(code="store.wrong_passphrase", name=path.name) from exc
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # DELETE journal, not WAL: WAL needs shared memory, which network
            # shares do not provide reliably (see docs/betrouwbaarheid.md).
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except (dbapi.Error, UnicodeDecodeError) as exc:  # damaged text in the schema fails to decode
        conn.close()
        raise CaseFileError(code="case.damaged", name=path.name, reason=exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _make_engine(path: Path, *, read_only: bool, passphrase: str | None = None) -> Engine:
    dbapi = _require_sqlcipher(path.name) if passphrase is not None else sqlite3
    # Deriving an SQLCipher key takes a noticeable fraction of a second, so an
    # encrypted file keeps its connections; a plain one opens one per session.
    pool = {"poolclass": QueuePool, "pool_size": 2} if passphrase is not None else {"poolclass": NullPool}
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, read_only=read_only, passphrase=passphrase, module=dbapi),
        module=dbapi,
        **pool,
    )
    # The driver would not start a transaction before DDL; we always do, so
    # a migration or a write is all-or-nothing.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _create_private(path: Path) -> None:
    """Create an empty file readable and writable only by its owner."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, _PRIVATE)
    os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def has_sqlite_header(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _looks_encrypted(head: bytes, size: int) -> bool:
    """SQLCipher files are whole pages of what looks like random bytes.

    An encrypted file cannot be told from random noise; the passphrase
    decides in the end. This only keeps text and other formats from being
    mistaken for an encrypted case.
    """
    return size >= 512 and size % 512 == 0 and len(head) >= 512 and len(set(head)) >= 180


def _declared_size(head: bytes) -> int | None:
    """File size promised by the SQLite header, when the header says it is reliable."""
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]
    if not valid or pages == 0 or page_size < 512:
        return None
    return page_size * pages


def hot_journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def inspect_file(path: Path | str, passphrase: str | None = None) -> int:
    """Return the schema version of a case file, or raise a Dutch CaseFileError.

    Only reads, apart from letting SQLite undo a write cut off by a crash
    (see :func:`_finish_interrupted_write`). Distinguishes the ways a file can
    fail to be a case file so the message can say which one it is. Raises :class:`PassphraseRequired`
    for a file that looks encrypted when no passphrase is given.
    """
    path = Path(path)
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise CaseFileError(code="store.not_found", path=str(path)) from exc
    except OSError as exc:
        raise CaseFileError(code="store.cannot_reach", path=path, strerror=exc.strerror) from exc
    if stat.S_ISDIR(st.st_mode):
        raise CaseFileError(code="store.is_folder", path=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise CaseFileError(code="store.not_a_file", name=name)
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except PermissionError as exc:
        raise CaseFileError(code="store.no_access", name=name, strerror=exc.strerror) from exc
    except OSError as exc:
        raise CaseFileError(code="store.cannot_read", name=name, strerror=exc.strerror) from exc
    if len(head) == 0:
        raise CaseFileError(code="store.empty", name=name)
    if not head.startswith(SQLITE_HEADER):
        if _looks_encrypted(head, st.st_size):
            if not encryption_available():
                raise CaseFileError(code="store.not_a_case_or_encrypted", name=name)
            if passphrase is None:
                raise PassphraseRequired(code="store.passphrase_required", name=name)
            if hot_journal_path(path).exists():
                _finish_interrupted_write(path, passphrase)
            return _inspect_contents(path, passphrase)
        raise CaseFileError(code="store.other_format", name=name)
    if len(head) < 100:
        raise CaseFileError(code="store.truncated", name=name)
    if hot_journal_path(path).exists() or _in_wal_mode(head):
        _finish_interrupted_write(path, None)
        st = path.stat()
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    declared = _declared_size(head)
    if declared is not None and declared > st.st_size:
        raise CaseFileError(code="store.shorter_than_declared", name=name, st_size=st.st_size, declared=declared)
    return _inspect_contents(path, None)


def _in_wal_mode(head: bytes) -> bool:
    """Header bytes 18/19 are 2 when another SQLite tool switched the file to WAL."""
    return len(head) >= 20 and (head[18] == 2 or head[19] == 2)


def _finish_interrupted_write(path: Path, passphrase: str | None) -> None:
    """Let SQLite roll back a write that was cut off (crash, power loss, pulled cable).

    A rollback journal next to the file means a transaction may not have
    finished. Only a writable connection can undo it; until then even reading
    fails. Undoing it restores the last completed action, which is exactly
    the state the user was promised. If another process is still writing
    (the journal is not "hot"), SQLite leaves it alone. The same connection
    moves a file another tool put in WAL mode back to a rollback journal.
    """
    reason = write_protection_reason(path)
    if reason:
        raise CaseFileError(code="store.recovery_impossible", name=path.name, reason=reason)
    conn = _connect(path, read_only=False, passphrase=passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # the driver's DatabaseError; sqlite3 and sqlcipher3 differ
        raise CaseFileError(code="store.recovery_failed", name=path.name, reason=exc) from exc
    finally:
        conn.close()


def _inspect_contents(path: Path, passphrase: str | None) -> int:
    name = path.name
    dbapi = _require_sqlcipher(name) if passphrase is not None else sqlite3
    conn = _connect(path, read_only=True, passphrase=passphrase, module=dbapi)
    damage: DamagedCaseError | None = None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if app_id == APPLICATION_ID and check == "ok" and version == SCHEMA_VERSION:
            damage = schema_damage(conn, name)
    except (dbapi.DatabaseError, UnicodeDecodeError) as exc:
        raise CaseFileError(code="case.damaged", name=name, reason=exc) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise CaseFileError(code="store.other_database", name=name)
    if check != "ok":
        raise CaseFileError(code="store.damaged_check", name=name, check=check)
    if version > SCHEMA_VERSION:
        raise CaseFileError(code="store.newer_version", name=name, version=version, schema_version=SCHEMA_VERSION)
    if version < 0:
        raise CaseFileError(code="store.impossible_version", name=name, version=version)
    if version == 0:
        raise CaseFileError(code="store.never_created", name=name)
    if damage is not None:
        raise damage
    return version


def schema_damage(conn: Any, name: str) -> DamagedCaseError | None:
    """Compare the file's tables and columns with the schema and run ``PRAGMA foreign_key_check``.

    A tampered file (a table or column dropped with another tool) would
    otherwise open and fail later, mid-export, with a driver error. Tables and
    columns the schema does not know are left alone.
    """
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing: list[str] = []  # 'conclusion' for a table, 'agreement.due_date' for a column: the same in every language
    for table, wanted in TABLES.items():
        if table not in present:
            missing.append(f"'{table}'")
            continue
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        missing.extend(f"'{table}.{column}'" for column in wanted if column not in columns)
    if missing:
        shown = ", ".join(missing[:8]) + (f" (+{len(missing) - 8})" if len(missing) > 8 else "")
        return DamagedCaseError(code="case.damaged_schema", name=name, missing=shown)
    broken: dict[str, int] = {}
    for row in conn.execute("PRAGMA foreign_key_check"):
        broken[str(row[0])] = broken.get(str(row[0]), 0) + 1
    if broken:
        where = ", ".join(f"{table}: {count}" for table, count in sorted(broken.items()))
        return DamagedCaseError(code="case.broken_references", name=name, where=where, structural=False)
    return None


def write_protection(path: Path) -> CaseFileError | None:
    """Why this file cannot be edited, as a coded error; None when it can.

    Looks at the mode bits as well as ``os.access`` so a write-protected file
    is respected even when running as an administrator.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        return CaseFileError(code="store.write_protected", name=path.name)
    directory = path.parent
    if not os.access(directory, os.W_OK | os.X_OK):
        return CaseFileError(code="store.folder_not_writable", folder=directory, name=path.name)
    return None


def write_protection_reason(path: Path) -> str:
    """Why this file cannot be edited, in Dutch; empty when it can."""
    return str(write_protection(path) or "")


class CaseStore:
    """An open case file: the SQLAlchemy engine plus what we know of the file.

    The passphrase of an encrypted file stays in memory only for as long as
    the file is open; it is never written anywhere.
    """

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, passphrase: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._passphrase = passphrase
        self.identity = file_identity(path)
        self.removed_objects: list[ForeignObject] = []
        self.cleaning_copy: Path | None = None

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The key this file was opened with (memory only), for reopening the same file."""
        return self._passphrase

    @classmethod
    def create(cls, path: Path | str, *, passphrase: str | None = None,
               populate: Callable[[Session], None] | None = None) -> CaseStore:
        """Create a case file at the current schema version, private to the user.

        The file is built under a temporary name (with ``populate`` filling it
        in the same go) and appears under ``path`` only when complete.
        """
        path = Path(path)
        if path.exists():
            raise CaseFileError(code="case.exists", name=path.name)
        if not path.parent.is_dir():
            raise CaseFileError(code="store.no_folder", parent=path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.nieuw")
        tmp.unlink(missing_ok=True)
        try:
            _create_private(tmp)
        except OSError as exc:
            raise CaseFileError(code="store.cannot_create", name=path.name, strerror=exc.strerror) from exc
        try:
            conn = _connect(tmp, read_only=False, passphrase=passphrase)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            finally:
                conn.close()
            building = cls(tmp, _make_engine(tmp, read_only=False, passphrase=passphrase), read_only=False,
                           passphrase=passphrase)
            try:
                building._migrate(0)
                if populate is not None:
                    with building.session() as session:
                        populate(session)
                        session.commit()
            finally:
                building.close()
            _fsync_file(tmp)
            _place_new(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return cls(path, _make_engine(path, read_only=False, passphrase=passphrase), read_only=False,
                   passphrase=passphrase)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, passphrase: str | None = None,
             inspected_version: int | None = None) -> CaseStore:
        """Open an existing case file, migrating an older one after a backup copy.

        ``inspected_version`` is what :func:`inspect_file` returned a moment
        ago, to spare an encrypted file a second (slow) key derivation.
        """
        path = Path(path)
        version = inspected_version if inspected_version is not None else inspect_file(path, passphrase)
        key = None if has_sqlite_header(path) else passphrase
        if not read_only:
            refusal = write_protection(path)
            if refusal is not None:
                raise refusal
        if read_only and version < SCHEMA_VERSION:
            raise CaseFileError(code="store.needs_upgrade", name=path.name)
        store = cls(path, _make_engine(path, read_only=read_only, passphrase=key), read_only=read_only,
                    passphrase=key)
        if not read_only:
            try:
                store.remove_foreign_objects()
            except BaseException:
                store.close()
                raise
        if version < SCHEMA_VERSION:
            try:
                backup = store.backup_to(free_backup_path(path, version))
            except BaseException:
                store.close()
                raise
            try:
                store._migrate(version)
            except Exception as exc:
                store.close()
                raise CaseFileError(code="store.migration_failed", name=path.name, reason=exc, name2=backup.name) from exc
            try:
                store.check_schema()
            except BaseException:
                store.close()
                raise
        return store

    def remove_foreign_objects(self) -> None:
        """Drop triggers, views and indexes the schema does not define, after a safety copy, before any write.

        What was removed and where the copy went stay in ``removed_objects`` and ``cleaning_copy``.
        """
        conn = _connect(self.path, read_only=False, passphrase=self._passphrase)
        try:
            found = foreign_objects(conn)
            if not found:
                return
            self.cleaning_copy = self.backup_to(free_cleaning_copy_path(self.path))
            drop_foreign_objects(conn, found)
        finally:
            conn.close()
        self.removed_objects = found

    def check_schema(self) -> None:
        """Raise :class:`DamagedCaseError` when tables, columns or references are damaged."""
        conn = _connect(self.path, read_only=True, passphrase=self._passphrase)
        try:
            damage = schema_damage(conn, self.path.name)
        finally:
            conn.close()
        if damage is not None:
            raise damage

    def _migrate(self, from_version: int) -> None:
        """All steps in one transaction: the file is at the old or the new version, never between."""
        steps = MIGRATIONS[:1] if from_version == 0 else MIGRATIONS[from_version:SCHEMA_VERSION]
        with self.engine.begin() as conn:
            for step in steps:
                step(conn)
            conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text("PRAGMA user_version")).scalar_one())

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def integrity_check(self) -> str:
        """``"ok"`` or SQLite's description of what is damaged."""
        with self.engine.connect() as conn:
            return "\n".join(str(row[0]) for row in conn.execute(text("PRAGMA integrity_check")))

    def backup_to(self, target: Path | str) -> Path:
        """Write a consistent copy with SQLite's backup API (safe while the file is in use).

        The copy keeps the encryption and passphrase of this file, is private
        to the user, and replaces ``target`` only once it is complete.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise CaseFileError(code="copy.onto_case")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.kopie")
        try:
            tmp.unlink(missing_ok=True)
            _create_private(tmp)
            src = _connect(self.path, read_only=True, passphrase=self._passphrase)
            try:
                dst = _connect(tmp, read_only=False, passphrase=self._passphrase)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
            _fsync_file(tmp)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except CaseFileError:
            tmp.unlink(missing_ok=True)
            raise
        except Exception as exc:  # OSError or the driver's error: both mean "no copy"
            tmp.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise CaseFileError(code="copy.cannot_write", target=target, reason=reason) from exc
        return target

    def restore_from(self, source: Path | str) -> None:
        """Overwrite this file's content with ``source`` (same key) through SQLite's backup API.

        The backup API takes the file's write lock and replaces all pages in
        one step, so other connections see the old or the new content, never
        a mix. The source is checked first; a damaged copy is refused.
        """
        source = Path(source)
        if self.read_only:
            raise CaseFileError(code="restore.read_only", name=self.path.name)
        try:
            src = _connect(source, read_only=True, passphrase=self._passphrase)
        except WrongPassphrase as exc:
            raise CaseFileError(code="restore.other_passphrase") from exc
        try:
            try:
                check = src.execute("PRAGMA quick_check").fetchone()[0]
                app_id = src.execute("PRAGMA application_id").fetchone()[0]
                version = src.execute("PRAGMA user_version").fetchone()[0]
            except Exception as exc:  # the driver's DatabaseError
                raise CaseFileError(code="restore.copy_damaged", name=source.name) from exc
            if check != "ok" or app_id != APPLICATION_ID:
                raise CaseFileError(code="restore.copy_damaged", name=source.name)
            if version != SCHEMA_VERSION:
                raise CaseFileError(code="restore.other_version")
            dst = _connect(self.path, read_only=False, passphrase=self._passphrase)
            try:
                src.backup(dst)
                found = foreign_objects(dst)  # a copy can carry a planted trigger too
                if found:
                    drop_foreign_objects(dst, found)
            except Exception as exc:
                raise CaseFileError(code="restore.failed", name=self.path.name, reason=type(exc).__name__) from exc
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(self.path)

    def export_with_key(self, target: Path | str, passphrase: str | None) -> Path:
        """Write a copy encrypted with ``passphrase`` (or plain when None) via ``sqlcipher_export``.

        ``target`` must not exist yet; used to encrypt, decrypt or re-key a file.
        """
        target = Path(target)
        dbapi = _require_sqlcipher(self.path.name)
        version = self.schema_version
        try:
            _create_private(target)
        except OSError as exc:
            raise CaseFileError(code="store.cannot_create", name=target.name, strerror=exc.strerror) from exc
        try:
            src = _connect(self.path, read_only=True, passphrase=self._passphrase, module=dbapi)
            try:
                src.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), passphrase or ""))
                src.execute("SELECT sqlcipher_export('target')")
                src.execute(f"PRAGMA target.user_version = {version}")
                src.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
                src.execute("DETACH DATABASE target")
            finally:
                src.close()
            _fsync_file(target)
        except dbapi.Error as exc:
            target.unlink(missing_ok=True)
            raise CaseFileError(code="store.cannot_write", name=target.name, reason=exc) from exc
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def close(self) -> None:
        self.engine.dispose()


def _place_new(tmp: Path, path: Path) -> None:
    """Give a finished file its real name without ever replacing an existing file."""
    try:
        os.link(tmp, path)
    except FileExistsError as exc:
        raise CaseFileError(code="case.exists", name=path.name) from exc
    except OSError:
        # File systems without hard links (some shares, FAT): check, then rename.
        if path.exists():
            raise CaseFileError(code="case.exists", name=path.name) from None
        os.replace(tmp, path)
    _fsync_dir(path.parent)


def backup_path_for(path: Path, version: int) -> Path:
    """Where the copy of an older file goes before it is migrated."""
    return path.with_name(f"{path.stem}.backup-v{version}{path.suffix}")


def free_cleaning_copy_path(path: Path) -> Path:
    """Where the copy goes before objects the schema does not define are removed (never overwritten)."""
    candidate = path.with_name(f"{path.stem}.voor-opschonen{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.voor-opschonen-{number}{path.suffix}")
        number += 1
    return candidate


def file_identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of the file at ``path``, where the system has them (None on shares that report 0)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def free_backup_path(path: Path, version: int) -> Path:
    """:func:`backup_path_for`, numbered when an earlier backup is already there (never overwritten)."""
    candidate = backup_path_for(path, version)
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.backup-v{version}-{number}{path.suffix}")
        number += 1
    return candidate
