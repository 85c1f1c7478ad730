"""The open case as the services see it: a store, a change log and listeners.

Every write goes through :meth:`CaseFile.write`, which commits at once, adds a
change-log row in the same transaction and then tells listeners which kind of
thing changed. Views subscribe (through a Qt bridge in ``casereview.ui``) and
decide for themselves whether to refresh; services never know about views.
Opening and creating live in :mod:`casereview.casefile.case_file`, which also
starts the safety copies; this module knows neither, so the safety copies can
use the class without an import circle.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from casereview.casefile.holder import HolderClaim
from casereview.casefile.lock import CaseLock, LockInfo
from casereview.casefile.store_swap import StoreSwapGuard
from casereview.casefile.text_cleaning import clean_session
from casereview.model import CaseFileError, CaseStore, ReadOnlyCaseError
from casereview.model.failures import WriteFailedError, database_failure
from casereview.model.store import file_identity
from casereview.model.tables import Case, ChangeLog

Listener = Callable[[str], None]


def write_failure(name: str, exc: BaseException) -> WriteFailedError:
    """A coded reason for a failed write of the case ``name`` (classified in :mod:`casereview.model.failures`)."""
    return database_failure(exc, name)


class CaseFile:
    """One open review. Use :func:`~casereview.casefile.case_file.create_case` or
    :func:`~casereview.casefile.case_file.open_case` to get one.

    ``lock_info`` says who else has the case open when that made it read-only;
    ``read_only_error`` says why a case is read-only as a coded error (the window words it);
    ``read_only_reason`` is its Dutch text.
    """

    def __init__(self, store: CaseStore, *, lock: CaseLock | None = None, lock_info: LockInfo | None = None,
                 read_only_reason: str | CaseFileError = "", claim: HolderClaim | None = None) -> None:
        self.store = store
        self.swap_guard = StoreSwapGuard()  # encryption replaces the store; sessions wait for that moment
        self.lock = lock
        self.claim = claim
        self.lock_info = lock_info
        if store.read_only and not read_only_reason:
            read_only_reason = CaseFileError(code="case.read_only")
        self.read_only_error = read_only_reason if isinstance(read_only_reason, CaseFileError) else \
            CaseFileError(read_only_reason)
        self._listeners: list[Listener] = []
        self.last_safety_copy = float("-inf")  # time.monotonic() of the last safety copy
        self.expected_uuid: str | None = None  # the case's UUID as opened; a write checks it is still this case
        self.stopped: CaseFileError | None = None  # why writing stopped while open (replaced, taken over)
        if claim is not None:
            self.watch(claim)

    def watch(self, claim: HolderClaim) -> None:
        """Stop writing when the heartbeat finds our holder row gone (the lock was taken over)."""
        claim.on_lost = lambda: self.stop_writing(CaseFileError(code="lock.taken_over", name=self.path.name))

    def remember_identity(self) -> None:
        """Note which case this is, so every later write can check the file is still this one."""
        self.expected_uuid = self.case().uuid

    @property
    def read_only_reason(self) -> str:
        return str(self.read_only_error)

    @property
    def path(self) -> Path:
        return self.store.path

    def read_only_refusal(self) -> ReadOnlyCaseError:
        """The error a write to this read-only case raises, with the reason's code and parameters."""
        error = self.read_only_error
        return ReadOnlyCaseError(str(error), code=error.code, **error.params)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def encrypted(self) -> bool:
        return self.store.encrypted

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, entity: str) -> None:
        for listener in list(self._listeners):
            listener(entity)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading: ``with case.read() as s``."""
        with self.swap_guard.using(), self.store.session() as session:
            yield session

    @contextmanager
    def write(self, entity: str, action: str, detail: str = "") -> Iterator[Session]:
        """A session whose changes are committed, logged and announced on exit."""
        if self.stopped is not None:
            raise ReadOnlyCaseError(code=self.stopped.code, **self.stopped.params)
        if self.read_only:
            raise self.read_only_refusal()
        with self.swap_guard.using(), self.store.session() as session:
            self._check_still_ours(session)
            event.listen(session, "before_flush", clean_session)
            try:
                yield session
                session.flush()
                session.add(ChangeLog(action=action, entity=entity, detail=detail[:300]))
                session.commit()
            except (DBAPIError, sqlite3.Error) as exc:
                session.rollback()
                raise write_failure(self.path.name, exc) from exc
        self.notify(entity)

    def _check_still_ours(self, session: Session) -> None:
        """Before a write: the file at our path is still the one we opened, holding our case and our holder row.

        Another process can move a different case over the path (the next write would land
        there) or take the lock over while this one was paused. Then nothing is written, and
        the case turns read-only (:meth:`stop_writing`) so the window keeps what was typed.
        """
        try:
            found_uuid = session.execute(text('SELECT uuid FROM "case" LIMIT 1')).scalar()
            holder_gone = self.claim is not None and session.execute(
                text("SELECT 1 FROM holder WHERE token = :token"), {"token": self.claim.token}).first() is None
        except (DBAPIError, sqlite3.Error) as exc:
            session.rollback()
            raise write_failure(self.path.name, exc) from exc
        identity = file_identity(self.path)
        moved = identity is not None and self.store.identity is not None and identity != self.store.identity
        if moved or (self.expected_uuid is not None and found_uuid != self.expected_uuid):
            session.rollback()
            raise self.stop_writing(CaseFileError(code="case.replaced", name=self.path.name))
        if holder_gone:
            session.rollback()
            raise self.stop_writing(CaseFileError(code="lock.taken_over", name=self.path.name))

    def stop_writing(self, reason: CaseFileError) -> CaseFileError:
        """Make the open case read-only for the rest of its life here and tell the views ("read_only").

        Safe from the heartbeat's thread. Returns ``reason`` for the caller to raise.
        """
        if self.stopped is None:
            self.stopped = reason
            self.read_only_error = reason
            self.store.read_only = True
            if self.claim is not None:
                self.claim.stop()
            self.notify("read_only")
        return reason

    def case(self) -> Case:
        with self.read() as s:
            case = s.exec(select(Case)).first()
            if case is None:
                raise CaseFileError(code="case.empty", name=self.path.name)
            return case

    def close(self) -> None:
        """Close the file and give up the editing lock (safe to call twice)."""
        self._listeners.clear()
        if self.claim is not None:
            self.claim.release()
            self.claim = None
        self.store.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
