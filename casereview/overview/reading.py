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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from casereview.casefile.safety_copies import FOLDER as SAFETY_COPIES_FOLDER
from casereview.model import SCHEMA_VERSION
from casereview.model.store import APPLICATION_ID, EXTENSION, SQLITE_HEADER, hot_journal_path, sqlcipher_dbapi
from casereview.overview.records import AgreementRef, CaseRecord, ConclusionRef, Skipped, ThemeRef, skip_reason
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
    wal: bool = False


def read_header(path: Path) -> FileHeader:
    with path.open("rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES or not head.startswith(SQLITE_HEADER):
        return FileHeader(False, 0, 0, 0)
    return FileHeader(True, int.from_bytes(head[60:64], "big"), int.from_bytes(head[68:72], "big"),
                      int.from_bytes(head[24:28], "big"), wal=head[18] == 2 or head[19] == 2)


def find_case_files(sources: Iterable[Path | str]) -> tuple[list[Path], list[Skipped]]:
    """Case files under the given folders (recursively) and the files given by name.

    Files named explicitly are taken whatever their extension, so a wrong one
    is reported rather than ignored; in folders only ``.casereview`` files
    count, without hidden files, lock files, the backups made before a migration and the app's own
    safety copies (a folder that holds the app's data, the demo's, would otherwise count each review
    up to eight times over).
    """
    found: dict[Path, None] = {}
    skipped: list[Skipped] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            # Paths under the resolved folder are resolved already (a symlinked file inside stays as found).
            folder = path.resolve()
            for item in sorted(folder.rglob(f"*{EXTENSION}")):
                if item.name.startswith(".") or _BACKUP_NAME.search(item.stem) or not item.is_file():
                    continue
                if SAFETY_COPIES_FOLDER not in item.relative_to(folder).parts[:-1]:
                    found.setdefault(item, None)
        elif path.is_file():
            found.setdefault(path.resolve(), None)
        else:
            skipped.append(Skipped(str(path), skip_reason("missing")))
    return list(found), skipped


def _uri(path: Path) -> str:
    text = (path if path.is_absolute() else path.resolve()).as_posix()
    if not text.startswith("/"):
        text = "/" + text
    return "file://" + quote(text, safe="/:") + "?mode=ro"


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(_uri(path), uri=True, isolation_level=None, timeout=5.0)
    dbapi = sqlcipher_dbapi()
    if dbapi is None:
        raise _Skip("no_sqlcipher")
    conn = dbapi.connect(_uri(path), uri=True, isolation_level=None, timeout=5.0)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        conn.close()
        raise _Skip("wrong_passphrase", encrypted=True) from exc
    return conn


class _Skip(Exception):
    """Why a file is not counted: ``what`` names a message of the catalog, ``overview.skip.<what>``."""

    def __init__(self, what: str, *, encrypted: bool = False, **params: Any) -> None:
        self.why = skip_reason(what, **params)
        super().__init__(str(self.why))
        self.encrypted = encrypted


def read_case(path: Path, passphrase: str | None = None, *, size: int | None = None,
              header: FileHeader | None = None) -> CaseRecord | Skipped:
    """The overview's view of one case file, or why it was skipped. Never writes.

    ``size`` and ``header`` spare a second look when the caller just read them.
    """
    try:
        return _read(path, passphrase, size, header)
    except _Skip as skip:
        return Skipped(str(path), skip.why, skip.encrypted)
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        return Skipped(str(path), skip_reason("damaged", detail=str(exc)))
    except OSError as exc:
        return Skipped(str(path), skip_reason("unreadable", detail=str(exc.strerror or exc)))
    except Exception as exc:  # the SQLCipher driver's own error classes
        return Skipped(str(path), skip_reason("damaged", detail=str(exc)))


def _read(path: Path, passphrase: str | None, size: int | None, header: FileHeader | None) -> CaseRecord:
    size = path.stat().st_size if size is None else size
    if size == 0:
        raise _Skip("empty")
    header = read_header(path) if header is None else header
    encrypted = not header.sqlite
    if encrypted:
        with path.open("rb") as fh:
            head = fh.read(1024)
        if not (size >= 512 and size % 512 == 0 and len(set(head)) >= 180):
            raise _Skip("other_format")
        if passphrase is None:
            raise _Skip("needs_passphrase", encrypted=True)
    else:
        _check_header(header)
    if header.wal:
        # Reading a WAL file needs side files next to it; the overview creates nothing in a colleague's folder.
        raise _Skip("wal")
    if hot_journal_path(path).exists():
        raise _Skip("interrupted")
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
        raise _Skip("other_program")
    if header.schema > SCHEMA_VERSION:
        raise _Skip("newer", schema=header.schema, known=SCHEMA_VERSION)
    if header.schema == 0:
        raise _Skip("never_created")


def _columns(conn: Any, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


_EFFECTS_SQL = "UNION ALL SELECT 9, agreement_id, result, checked_on, id, NULL, NULL, NULL, NULL, NULL FROM effectcheck"


def _everything_sql(uuid_sql: str, code_sql: str, level_sql: str, exercise_sql: str = "exercise",
                    effects: bool = True) -> str:
    """All the overview needs in one statement (one prepare, one pass), each row tagged with its kind."""
    return f"""
        SELECT 0, id, name, is_default, {code_sql}, NULL, NULL, NULL, NULL, NULL FROM theme
        UNION ALL SELECT 1, conclusion_id, theme_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM conclusionthemelink
        UNION ALL SELECT 2, id, text, no_change, position, NULL, NULL, NULL, NULL, NULL FROM conclusion
        UNION ALL SELECT 3, agreement_id, theme_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM agreementthemelink
        UNION ALL SELECT 4, id, detail, at, NULL, NULL, NULL, NULL, NULL, NULL FROM changelog
            WHERE entity = 'agreement' AND action = 'status'
        UNION ALL SELECT 5, a.id, a.action, p.name, a.owner_person, a.due_date, a.status, a.kind, a.position,
            {level_sql} FROM agreement a LEFT JOIN party p ON p.id = a.owner_party_id
        UNION ALL SELECT 6, id, text, created_at, NULL, NULL, NULL, NULL, NULL, NULL FROM contribution
            WHERE kind = 'went_well'
        UNION ALL SELECT 7, id, real_name, pseudonym, NULL, NULL, NULL, NULL, NULL, NULL FROM pseudonym
        UNION ALL SELECT 8, id, {uuid_sql}, title, review_date, incident_date, created_at, {exercise_sql}, NULL,
            NULL FROM "case" WHERE id = (SELECT min(id) FROM "case")
        {_EFFECTS_SQL if effects else ""}
    """


def _fetch_everything(conn: Any, schema: int) -> list[tuple[Any, ...]]:
    """A current file answers the full statement; an older one is asked which columns it has (read as it is)."""
    if schema >= 2:
        try:
            return conn.execute(_everything_sql("uuid", "code", "a.level")).fetchall()
        except sqlite3.OperationalError:
            pass
    uuid_sql = "uuid" if "uuid" in _columns(conn, "case") else "NULL"
    code_sql = "code" if "code" in _columns(conn, "theme") else "NULL"
    level_sql = "a.level" if "level" in _columns(conn, "agreement") else "NULL"
    exercise_sql = "exercise" if "exercise" in _columns(conn, "case") else "0"
    effects = bool(_columns(conn, "effectcheck"))
    try:
        return conn.execute(_everything_sql(uuid_sql, code_sql, level_sql, exercise_sql, effects)).fetchall()
    except sqlite3.OperationalError as exc:
        raise _Skip("part_missing", detail=str(exc)) from exc


def _contents(conn: Any, path: Path, schema: int, encrypted: bool) -> CaseRecord:
    rows: dict[int, list[tuple[Any, ...]]] = {tag: [] for tag in range(10)}
    for row in _fetch_everything(conn, schema):
        rows[row[0]].append(row)
    if not rows[8]:
        raise _Skip("no_review")
    _tag, _id, uuid, title, review_date, incident_date, created_at, exercise, _h, _i = rows[8][0]
    if not uuid:
        # Files from before schema 2 have no UUID; title and creation moment identify copies of one review.
        uuid = "v1-" + hashlib.sha1(f"{title}\x00{created_at}".encode()).hexdigest()[:32]
    case_date = next((str(d)[:10] for d in (review_date, incident_date, created_at) if d), None)
    # A default theme without a code (a file from before the codes) gets the code the migration would give it.
    themes = [ThemeRef(int(r[1]), str(r[2]), r[4] or (code_for_default_label(str(r[2])) if r[3] else None),
                       bool(r[3])) for r in sorted(rows[0], key=lambda r: r[1])]
    conclusion_themes: dict[int, list[int]] = {}
    for r in sorted(rows[1], key=lambda r: r[2]):
        conclusion_themes.setdefault(int(r[1]), []).append(int(r[2]))
    conclusions = [ConclusionRef(int(r[1]), str(r[2]), bool(r[3]), conclusion_themes.get(int(r[1]), []))
                   for r in sorted(rows[2], key=lambda r: (r[4] or 0, r[1]))]
    agreement_themes: dict[int, list[int]] = {}
    for r in sorted(rows[3], key=lambda r: r[2]):
        agreement_themes.setdefault(int(r[1]), []).append(int(r[2]))
    done_on: dict[int, str] = {}
    for r in sorted(rows[4], key=lambda r: (str(r[3] or ""), r[1])):
        match = _DONE_DETAIL.match(str(r[2] or ""))
        if match and r[3]:
            done_on[int(match.group(1))] = str(r[3])[:10]
    effect: dict[int, str] = {}  # the latest check counts: by date, then by entry
    for r in sorted(rows[9], key=lambda r: (str(r[3] or ""), r[4])):
        effect[int(r[1])] = str(r[2])
    agreements = [
        AgreementRef(int(r[1]), str(r[2]), r[3] or "", r[4] or "", str(r[5])[:10] if r[5] else None, str(r[6]),
                     str(r[7] or ""), agreement_themes.get(int(r[1]), []),
                     done_on.get(int(r[1])) if r[6] == "done" else None, str(r[9] or ""), effect.get(int(r[1]), ""))
        for r in sorted(rows[5], key=lambda r: (r[8] or 0, r[1]))]
    went_well = [str(r[2]) for r in sorted(rows[6], key=lambda r: (str(r[3] or ""), r[1]))]
    pseudonyms = [(str(r[2]), str(r[3])) for r in sorted(rows[7], key=lambda r: r[1])]
    detected, kept = _name_search(conn)
    return CaseRecord(path=str(path), uuid=str(uuid), title=str(title or ""), schema=schema, case_date=case_date,
                      encrypted=encrypted, themes=themes, conclusions=conclusions, agreements=agreements,
                      went_well=went_well, pseudonyms=pseudonyms, exercise=bool(exercise),
                      detected=detected, kept=kept)


def _name_search(conn: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """What the case's own name search found and what the chair kept as written; empty in older files."""
    detected: list[tuple[str, str]] = []
    kept: list[str] = []
    if _columns(conn, "detectedname"):
        detected = [(str(t), str(k)) for t, k in conn.execute("SELECT text, kind FROM detectedname ORDER BY id")]
    if _columns(conn, "namedecision"):
        kept = [str(t) for (t,) in conn.execute("SELECT text FROM namedecision ORDER BY id")]
    return detected, kept
