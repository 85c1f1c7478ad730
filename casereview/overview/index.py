"""The overview's cache index: what was read from each case file, so the next opening is immediate.

A SQLite file in the user's cache folder, rebuilt from the case files whenever
it is missing, damaged or from another version. An entry is used only while
the file's size, modification time and header (schema version and SQLite's
change counter) are what they were; the UUID read then decides which files are
copies of one review. Encrypted files are never cached: their contents would
otherwise lie unencrypted in the cache. The index is private to the user.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from casereview.casefile.progress import NO_PROGRESS, OperationCancelled, Progress
from casereview.model import SCHEMA_VERSION
from casereview.overview.reading import find_case_files, read_case, read_header
from casereview.overview.records import ENCRYPTED_REASONS, CaseRecord, Skipped, skip_reason
from casereview.paths import cache_dir
from casereview.vocabulary.error_catalog import Message

log = logging.getLogger(__name__)

INDEX_FORMAT = 6  # bump whenever what the reader keeps changes
INDEX_NAME = "overzicht-index.sqlite"
_COMMIT_EVERY = 50

@dataclass
class Duplicate:
    path: str
    same_as: str


@dataclass
class LoadedCases:
    """The cases read (one per review), what was skipped and which files were copies."""

    cases: list[CaseRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    from_index: int = 0


def index_path() -> Path:
    return cache_dir() / INDEX_NAME


def _index_version() -> int:
    return INDEX_FORMAT * 1000 + SCHEMA_VERSION


def _open_index(path: Path) -> sqlite3.Connection:
    """The index, created fresh when missing, unreadable or written by another version."""
    for attempt in range(2):
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        try:
            conn = sqlite3.connect(path, timeout=10.0, isolation_level=None)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != _index_version():
                conn.execute("DROP TABLE IF EXISTS entry")
                conn.execute("CREATE TABLE entry (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, "
                             "schema INTEGER, change_counter INTEGER, uuid TEXT, record TEXT, reason TEXT)")
                conn.execute(f"PRAGMA user_version = {_index_version()}")
            return conn
        except sqlite3.DatabaseError as exc:
            if attempt:
                raise
            log.warning("Overzichtsindex onbruikbaar (%s); wordt opnieuw opgebouwd", exc)
            path.unlink(missing_ok=True)
    raise AssertionError("unreachable")


def load_cases(sources: Iterable[Path | str], *, passphrase: str | None = None, progress: Progress = NO_PROGRESS,
               index: Path | None = None) -> LoadedCases:
    """Read every case file under ``sources``, from the index where the file has not changed.

    ``passphrase`` is tried on encrypted files (one passphrase for all of them,
    as the window asks once). ``progress.step`` raises
    :class:`~casereview.casefile.progress.OperationCancelled` when the user
    stopped; what was indexed until then is kept for next time.
    """
    paths, result_skipped = find_case_files(sources)
    result = LoadedCases(skipped=result_skipped)
    conn = _open_index(index or index_path())
    try:
        known = {row[0]: row[1:] for row in conn.execute(
            "SELECT path, size, mtime_ns, schema, change_counter, record, reason FROM entry")}
        pending: list[tuple[object, ...]] = []
        records: list[CaseRecord] = []
        total = len(paths)
        try:
            for number, path in enumerate(paths, start=1):
                progress.step(number - 1, total)
                outcome = _cached(path, known.get(str(path)), passphrase)
                if outcome is not None:
                    result.from_index += 1
                else:
                    outcome, entry = _read_fresh(path, passphrase)
                    if entry is not None:
                        pending.append(entry)
                        if len(pending) >= _COMMIT_EVERY:
                            _store(conn, pending)
                if isinstance(outcome, Skipped):
                    result.skipped.append(outcome)
                else:
                    records.append(outcome)
            progress.step(total, total)
        except OperationCancelled:
            _store(conn, pending)
            raise
        _store(conn, pending)
    finally:
        conn.close()
    result.cases, result.duplicates = _one_per_review(records)
    return result


def _cached(path: Path, row: tuple[object, ...] | None, passphrase: str | None) -> CaseRecord | Skipped | None:
    if row is None:
        return None
    size, mtime_ns, schema, counter, record, reason = row
    try:
        st = path.stat()
        header = read_header(path)
    except OSError:
        return None
    if (st.st_size, st.st_mtime_ns, header.schema, header.change_counter) != (size, mtime_ns, schema, counter):
        return None
    if record:
        return CaseRecord.from_dict({**json.loads(str(record)), "path": str(path)})
    stored = json.loads(str(reason))
    why = Message(stored["code"], stored["params"])
    skipped = Skipped(str(path), why, encrypted=not header.sqlite and why.code in ENCRYPTED_REASONS)
    if skipped.encrypted and passphrase is not None:
        return None  # with a passphrase now, an encrypted file is read (and not cached)
    return skipped


def _read_fresh(path: Path, passphrase: str | None) -> tuple[CaseRecord | Skipped, tuple[object, ...] | None]:
    try:
        st = path.stat()
        header = read_header(path)
    except OSError as exc:
        return Skipped(str(path), skip_reason("unreadable", detail=str(exc.strerror or exc))), None
    outcome = read_case(path, passphrase, size=st.st_size, header=header)
    if isinstance(outcome, CaseRecord):
        if outcome.encrypted:
            return outcome, None
        after = path.stat()
        if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
            return outcome, None  # changed while being read: read it again next time
        return outcome, (str(path), st.st_size, st.st_mtime_ns, header.schema, header.change_counter, outcome.uuid,
                         json.dumps(outcome.to_dict(), ensure_ascii=False, separators=(",", ":"), check_circular=False), None)
    if outcome.encrypted and passphrase is not None:
        return outcome, None
    why = json.dumps({"code": outcome.why.code, "params": dict(outcome.why.params)}, ensure_ascii=False)
    return outcome, (str(path), st.st_size, st.st_mtime_ns, header.schema, header.change_counter, None, None, why)


def _store(conn: sqlite3.Connection, pending: list[tuple[object, ...]]) -> None:
    if not pending:
        return
    conn.execute("BEGIN")
    conn.executemany("INSERT OR REPLACE INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?)", pending)
    conn.execute("COMMIT")
    pending.clear()


def _one_per_review(records: list[CaseRecord]) -> tuple[list[CaseRecord], list[Duplicate]]:
    """Copies of one review (same UUID) count once: the most recently changed copy is the one shown."""
    by_uuid: dict[str, list[CaseRecord]] = {}
    for record in records:
        by_uuid.setdefault(record.uuid, []).append(record)
    cases: list[CaseRecord] = []
    duplicates: list[Duplicate] = []
    for group in by_uuid.values():
        group.sort(key=lambda r: (-_mtime(r.path), r.path))
        cases.append(group[0])
        duplicates.extend(Duplicate(r.path, group[0].path) for r in group[1:])
    cases.sort(key=lambda r: (r.case_date or "", r.title, r.path))
    return cases, duplicates


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0
