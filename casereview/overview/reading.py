"""Reading one case file for the overview without ever changing it.

Plain ``sqlite3`` in ``mode=ro``: no migration, no recovery of an interrupted
write, no lock file. An older schema is read as it is (the queries look at
which columns exist); a file from a newer casereview, a damaged file or one
that is not a case file becomes a :class:`Skipped` with the reason.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from casereview.model import SCHEMA_VERSION
from casereview.model.store import APPLICATION_ID, EXTENSION, SQLITE_HEADER, hot_journal_path, sqlcipher_dbapi
from casereview.overview.records import AgreementRef, CaseRecord, ConclusionRef, Skipped, ThemeRef
from casereview.vocabulary.codebook import code_for_default_label

HEADER_BYTES = 100
_BACKUP_NAME = re.compile(r"\.backup-v\d+(-\d+)?$")
_DONE_DETAIL = re.compile(r"^#(\d+) done$")


@dataclass(frozen=True)
class FileHeader:
    """What the first 100 bytes say: enough for the index to notice a change without opening the file."""

    sqlite: bool
    schema: int
    application_id: int
    change_counter: int


def read_header(path: Path) -> FileHeader:
    with path.open("rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES or not head.startswith(SQLITE_HEADER):
        return FileHeader(False, 0, 0, 0)
    return FileHeader(True, int.from_bytes(head[60:64], "big"), int.from_bytes(head[68:72], "big"),
                      int.from_bytes(head[24:28], "big"))


def find_case_files(sources: Iterable[Path | str]) -> tuple[list[Path], list[Skipped]]:
    """Case files under the given folders (recursively) and the files given by name.

    Files named explicitly are taken whatever their extension, so a wrong one
    is reported rather than ignored; in folders only ``.casereview`` files
    count, without hidden files, lock files and the backups made before a migration.
    """
    found: dict[Path, None] = {}
    skipped: list[Skipped] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for item in sorted(path.rglob(f"*{EXTENSION}")):
                if item.is_file() and not item.name.startswith(".") and not _BACKUP_NAME.search(item.stem):
                    found.setdefault(item.resolve(), None)
        elif path.is_file():
            found.setdefault(path.resolve(), None)
        else:
            skipped.append(Skipped(str(path), "Deze map of dit bestand bestaat niet."))
    return list(found), skipped


def _uri(path: Path) -> str:
    text = path.resolve().as_posix()
    if not text.startswith("/"):
        text = "/" + text
    return "file://" + quote(text, safe="/:") + "?mode=ro"


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(_uri(path), uri=True, isolation_level=None, timeout=5.0)
    dbapi = sqlcipher_dbapi()
    if dbapi is None:
        raise _Skip("Versleuteld, en deze installatie kan geen versleutelde dossiers lezen.")
    conn = dbapi.connect(_uri(path), uri=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        conn.close()
        raise _Skip("Versleuteld; het wachtwoord past niet.", encrypted=True) from exc
    return conn


class _Skip(Exception):
    def __init__(self, reason: str, *, encrypted: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.encrypted = encrypted


def read_case(path: Path, passphrase: str | None = None) -> CaseRecord | Skipped:
    """The overview's view of one case file, or why it was skipped. Never writes."""
    try:
        return _read(path, passphrase)
    except _Skip as skip:
        return Skipped(str(path), skip.reason, skip.encrypted)
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        return Skipped(str(path), f"Beschadigd; het dossier kan niet worden gelezen ({exc}).")
    except OSError as exc:
        return Skipped(str(path), f"Kan het bestand niet lezen: {exc.strerror or exc}.")
    except Exception as exc:  # the SQLCipher driver's own error classes
        return Skipped(str(path), f"Beschadigd; het dossier kan niet worden gelezen ({exc}).")


def _read(path: Path, passphrase: str | None) -> CaseRecord:
    size = path.stat().st_size
    if size == 0:
        raise _Skip("Leeg bestand; geen dossier.")
    header = read_header(path)
    encrypted = not header.sqlite
    if encrypted:
        with path.open("rb") as fh:
            head = fh.read(1024)
        if not (size >= 512 and size % 512 == 0 and len(set(head)) >= 180):
            raise _Skip("Geen casereview-dossier (ander bestandsformaat).")
        if passphrase is None:
            raise _Skip("Versleuteld; geef het wachtwoord om het mee te tellen.", encrypted=True)
    else:
        _check_header(header)
    if hot_journal_path(path).exists():
        raise _Skip("Het opslaan is onderbroken of nog bezig; open het dossier eerst in casereview.")
    conn = _connect(path, passphrase if encrypted else None)
    try:
        if encrypted:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _check_header(FileHeader(True, version, app_id, 0))
            schema = int(version)
        else:
            schema = header.schema
        return _contents(conn, path, schema, encrypted)
    finally:
        conn.close()


def _check_header(header: FileHeader) -> None:
    if header.application_id != APPLICATION_ID:
        raise _Skip("Geen casereview-dossier (een database van een ander programma).")
    if header.schema > SCHEMA_VERSION:
        raise _Skip(f"Gemaakt met een nieuwere versie van casereview (dossierversie {header.schema}; "
                    f"deze versie kent t/m {SCHEMA_VERSION}).")
    if header.schema == 0:
        raise _Skip("Nooit helemaal aangemaakt (er staan geen tabellen in).")


def _columns(conn: Any, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def _rows(conn: Any, sql: str) -> Iterator[tuple[Any, ...]]:
    yield from conn.execute(sql)


def _contents(conn: Any, path: Path, schema: int, encrypted: bool) -> CaseRecord:
    case_cols = _columns(conn, "case")
    if not case_cols:
        raise _Skip("Beschadigd of onvolledig: er staat geen review in.")
    uuid_sql = "uuid" if "uuid" in case_cols else "NULL"
    row = conn.execute(f'SELECT {uuid_sql}, title, review_date, incident_date, created_at FROM "case" '
                       "ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise _Skip("Beschadigd of onvolledig: er staat geen review in.")
    uuid, title, review_date, incident_date, created_at = row
    if not uuid:
        # Files from before schema 2 have no UUID; title and creation moment identify copies of one review.
        uuid = "v1-" + hashlib.sha1(f"{title}\x00{created_at}".encode()).hexdigest()[:32]
    case_date = next((str(d)[:10] for d in (review_date, incident_date, created_at) if d), None)
    code_sql = "code" if "code" in _columns(conn, "theme") else "NULL"
    # A default theme without a code (a file from before the codes) gets the code the migration would give it.
    themes = [ThemeRef(int(i), str(n), c or (code_for_default_label(str(n)) if d else None), bool(d))
              for i, n, d, c in _rows(conn, f"SELECT id, name, is_default, {code_sql} FROM theme ORDER BY id")]
    conclusion_themes: dict[int, list[int]] = {}
    for cid, tid in _rows(conn, "SELECT conclusion_id, theme_id FROM conclusionthemelink ORDER BY theme_id"):
        conclusion_themes.setdefault(int(cid), []).append(int(tid))
    conclusions = [ConclusionRef(int(i), str(t), bool(n), conclusion_themes.get(int(i), []))
                   for i, t, n in _rows(conn, "SELECT id, text, no_change FROM conclusion ORDER BY position, id")]
    agreement_themes: dict[int, list[int]] = {}
    for aid, tid in _rows(conn, "SELECT agreement_id, theme_id FROM agreementthemelink ORDER BY theme_id"):
        agreement_themes.setdefault(int(aid), []).append(int(tid))
    done_on: dict[int, str] = {}
    for detail, at in _rows(conn, "SELECT detail, at FROM changelog WHERE entity = 'agreement' "
                                  "AND action = 'status' ORDER BY at, id"):
        match = _DONE_DETAIL.match(str(detail or ""))
        if match and at:
            done_on[int(match.group(1))] = str(at)[:10]
    agreements = [
        AgreementRef(int(i), str(action), party or "", person or "", str(due)[:10] if due else None, str(status),
                     str(kind), agreement_themes.get(int(i), []),
                     done_on.get(int(i)) if status == "done" else None)
        for i, action, party, person, due, status, kind in _rows(
            conn, "SELECT a.id, a.action, p.name, a.owner_person, a.due_date, a.status, a.kind FROM agreement a "
                  "LEFT JOIN party p ON p.id = a.owner_party_id ORDER BY a.position, a.id")]
    went_well = [str(t) for (t,) in _rows(conn, "SELECT text FROM contribution WHERE kind = 'went_well' "
                                                 "ORDER BY created_at, id")]
    pseudonyms = [(str(r), str(p)) for r, p in _rows(conn, "SELECT real_name, pseudonym FROM pseudonym ORDER BY id")]
    return CaseRecord(path=str(path), uuid=str(uuid), title=str(title or ""), schema=schema, case_date=case_date,
                      encrypted=encrypted, themes=themes, conclusions=conclusions, agreements=agreements,
                      went_well=went_well, pseudonyms=pseudonyms)
