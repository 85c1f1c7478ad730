"""The holder row inside the case file: one lock seen through every path to the file.

The lock file next to a case (see :mod:`casereview.casefile.lock`) is found by
path, and symbolic links are followed; but a hard link or one share reached
as ``\\\\server\\share`` and as ``S:`` gives two paths with two lock files. So
whoever edits also writes a row in the ``holder`` table of the file itself,
in a transaction of its own taken with ``BEGIN IMMEDIATE`` (two instances
cannot both see "no holder"), and refreshes its ``heartbeat`` while it runs.
A row whose process is gone (this computer) or whose heartbeat stopped long
ago (another computer, whose clock may differ) belongs to a dead holder.
A heartbeat that finds our row gone means someone took the case over (our
process was paused, a laptop lid closed): the case stops writing
(:attr:`HolderClaim.on_lost`).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from casereview.casefile.lock import LockInfo, pid_alive, this_machine
from casereview.model import CaseStore

HEARTBEAT_SECONDS = 60.0
DEAD_AFTER = timedelta(minutes=10)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _iso(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _holder_of(row: tuple[Any, ...]) -> tuple[LockInfo, datetime] | None:
    """A row as (who, last heartbeat); None for a row too damaged to judge (treated as dead)."""
    _token, user, machine, pid, since, heartbeat = row
    try:
        since_at = datetime.fromisoformat(str(since)).replace(tzinfo=UTC)
        beat = datetime.fromisoformat(str(heartbeat))
        pid = int(pid)
    except (TypeError, ValueError, OverflowError):
        return None
    return LockInfo(user=str(user)[:80], machine=str(machine)[:80], pid=pid, since=since_at), beat


def _is_dead(info: LockInfo, beat: datetime, now: datetime) -> bool:
    if info.machine.lower() == this_machine().lower():
        return not pid_alive(info.pid)
    return now - beat > DEAD_AFTER


class HolderClaim:
    """Our row in the holder table, with its heartbeat; :meth:`release` removes it."""

    def __init__(self, store: CaseStore, info: LockInfo) -> None:
        self.store = store
        self.info = info
        self.token = uuid.uuid4().hex
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.on_lost: Callable[[], object] | None = None
        self.lost = False

    def _execute(self, statements: list[tuple[str, tuple[Any, ...]]], *, immediate: bool = False) -> list[Any]:
        raw = self.store.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
            try:
                results = [conn.execute(sql, params).fetchall() for sql, params in statements]
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return results
        finally:
            raw.close()

    def claim(self, *, take_over: bool) -> LockInfo | None:
        """Write our row; return the live holder instead (writing nothing) unless ``take_over``.

        Rows of this very process (the same file opened through a second path)
        are not in the way: within one process a case is one editor.
        """
        raw = self.store.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.execute("BEGIN IMMEDIATE")
            try:
                now = _utc_now()
                rows = conn.execute("SELECT token, user, machine, pid, since, heartbeat FROM holder").fetchall()
                for row in rows:
                    judged = _holder_of(row)
                    if judged is not None:
                        info, beat = judged
                        ours = info.pid == self.info.pid and info.machine.lower() == self.info.machine.lower()
                        if ours or (not take_over and not _is_dead(info, beat, now)):
                            if not ours:
                                conn.execute("ROLLBACK")
                                return info
                            continue
                    conn.execute("DELETE FROM holder WHERE token = ?", (row[0],))
                since = self.info.since.astimezone(UTC).replace(tzinfo=None)
                conn.execute("INSERT INTO holder (token, user, machine, pid, since, heartbeat) VALUES (?, ?, ?, ?, ?, ?)",
                             (self.token, self.info.user, self.info.machine, self.info.pid, _iso(since), _iso(now)))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            raw.close()
        self._thread = threading.Thread(target=self._beat, name="casereview-heartbeat", daemon=True)
        self._thread.start()
        return None

    def rewrite(self) -> None:
        """Make our row the only one again (after the file's content was put back from a copy)."""
        since = self.info.since.astimezone(UTC).replace(tzinfo=None)
        self._execute([("DELETE FROM holder", ()),
                       ("INSERT INTO holder (token, user, machine, pid, since, heartbeat) VALUES (?, ?, ?, ?, ?, ?)",
                        (self.token, self.info.user, self.info.machine, self.info.pid, _iso(since),
                         _iso(_utc_now())))], immediate=True)

    def beat(self) -> bool:
        """Refresh our heartbeat; False when our row is gone (someone took the case over meanwhile).

        On False ``on_lost`` is called once and the heartbeat stops: a holder that lost the
        case must not keep writing as if it still held it.
        """
        raw = self.store.engine.raw_connection()
        try:
            conn: Any = raw.driver_connection
            conn.execute("BEGIN")
            try:
                updated = conn.execute("UPDATE holder SET heartbeat = ? WHERE token = ?",
                                       (_iso(_utc_now()), self.token)).rowcount
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            raw.close()
        if updated:
            return True
        self._stop.set()
        if self.on_lost is not None and not self.lost:
            self.lost = True
            self.on_lost()
        return False

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            try:
                self.beat()
            except Exception:  # the file is gone or busy for a moment: the next beat tries again
                continue

    def stop(self) -> None:
        """Stop the heartbeat without touching the row (it may be someone else's file or lock by now)."""
        self._stop.set()

    def release(self) -> None:
        """Stop the heartbeat and remove our row (safe to call twice; failures leave a dead row)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
            try:
                self._execute([("DELETE FROM holder WHERE token = ?", (self.token,))])
            except Exception:  # a dead row is recognised as dead by the next opener
                pass
