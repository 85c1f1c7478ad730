"""The open case as the services see it: a store, a change log and listeners.

Every write goes through :meth:`CaseFile.write`, which commits at once, adds a
change-log row in the same transaction and then tells listeners which kind of
thing changed. Views subscribe (through a Qt bridge in ``casereview.ui``) and
decide for themselves whether to refresh; services never know about views.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from casereview.casefile.holder import HolderClaim
from casereview.casefile.lock import CaseLock, LockHeld, LockInfo, acquire
from casereview.casefile.text_cleaning import clean_session, clean_text
from casereview.model import SCHEMA_VERSION, CaseFileError, CaseStore, ReadOnlyCaseError
from casereview.model.errors import DamagedCaseError
from casereview.model.failures import WriteFailedError, database_failure
from casereview.model.store import inspect_file, write_protection
from casereview.model.tables import Case, ChangeLog, GroundRule, Step, Theme
from casereview.settings import new_case_codebook
from casereview.vocabulary.default_agenda import DEFAULT_AGENDA, DEFAULT_GROUND_RULES

Listener = Callable[[str], None]


def write_failure(name: str, exc: BaseException) -> WriteFailedError:
    """A coded reason for a failed write of the case ``name`` (classified in :mod:`casereview.model.failures`)."""
    return database_failure(exc, name)


class CaseFile:
    """One open review. Use :func:`create_case` or :func:`open_case` to get one.

    ``lock_info`` says who else has the case open when that made it read-only;
    ``read_only_error`` says why a case is read-only as a coded error (the window words it);
    ``read_only_reason`` is its Dutch text.
    """

    def __init__(self, store: CaseStore, *, lock: CaseLock | None = None, lock_info: LockInfo | None = None,
                 read_only_reason: str | CaseFileError = "", claim: HolderClaim | None = None) -> None:
        self.store = store
        self.lock = lock
        self.claim = claim
        self.lock_info = lock_info
        if store.read_only and not read_only_reason:
            read_only_reason = CaseFileError(code="case.read_only")
        self.read_only_error = read_only_reason if isinstance(read_only_reason, CaseFileError) else \
            CaseFileError(read_only_reason)
        self._listeners: list[Listener] = []
        self.last_safety_copy = float("-inf")  # time.monotonic() of the last safety copy

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

    def read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self.store.session()

    @contextmanager
    def write(self, entity: str, action: str, detail: str = "") -> Iterator[Session]:
        """A session whose changes are committed, logged and announced on exit."""
        if self.read_only:
            raise self.read_only_refusal()
        with self.store.session() as session:
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

    def reopen(self) -> CaseFile:
        """Close this case and open the same file again with the same key (after a restore)."""
        path, passphrase = self.path, self.store.passphrase
        self.close()
        return open_case(path, passphrase=passphrase, damaged_read_only=True)

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_case(path: Path | str, title: str, *, with_defaults: bool = True,
                passphrase: str | None = None) -> CaseFile:
    """Create a new case file with the default agenda, ground rules and themes.

    The file appears complete or not at all, and is locked for editing. With a
    ``passphrase`` it is encrypted (see :mod:`casereview.casefile.encryption`).
    """
    title = clean_text(title).strip()
    if not title:
        raise CaseFileError(code="case.no_title")
    if passphrase is not None:
        from casereview.casefile.passphrase import check_passphrase

        check_passphrase(passphrase)

    def populate(s: Session) -> None:
        s.add(Case(title=title))
        if with_defaults:
            for i, phase in enumerate(DEFAULT_AGENDA):
                s.add(Step(position=i, title=phase.title, rules=phase.rules, prompt=phase.prompt,
                           timebox_minutes=phase.timebox_minutes))
            for i, rule in enumerate(DEFAULT_GROUND_RULES):
                s.add(GroundRule(position=i, text=rule))
            for entry in new_case_codebook():
                s.add(Theme(name=entry.label, is_default=entry.default, code=entry.code))
        s.add(ChangeLog(action="create", entity="case", detail=title[:300]))

    path = Path(path)
    if path.exists():
        raise CaseFileError(code="case.exists", name=path.name)
    if not path.parent.is_dir():
        raise CaseFileError(code="case.no_folder", folder=str(path.parent))
    try:
        lock = acquire(path)
    except LockHeld as held:
        raise CaseFileError(code="case.in_use", name=path.name, **held.params) from held
    try:
        store = CaseStore.create(path, passphrase=passphrase, populate=populate)
    except BaseException:
        lock.release()
        raise
    claim = HolderClaim(store, lock.info)
    claim.claim(take_over=True)
    return CaseFile(store, lock=lock, claim=claim)


def open_case(path: Path | str, *, read_only: bool = False, passphrase: str | None = None,
              take_over: bool = False, damaged_read_only: bool = False) -> CaseFile:
    """Open a case; read-only (with ``read_only_reason``) when it cannot be edited now.

    Someone else editing it, a write-protected file or folder: the case still
    opens, read-only, instead of failing. ``take_over`` claims a lock held on
    another computer (ask the user first). Files that are not a usable case
    raise a Dutch CaseFileError and are left untouched; an encrypted file
    without (the right) ``passphrase`` raises PassphraseRequired/WrongPassphrase.
    A file with broken references raises DamagedCaseError, or with
    ``damaged_read_only`` (the window) opens read-only with that message.
    """
    path = Path(path)
    try:
        version = inspect_file(path, passphrase)  # refuse a bad file before taking a lock
    except DamagedCaseError as damage:
        if damage.structural or not damaged_read_only:
            raise
        return _open_damaged(path, passphrase, damage)
    reason: CaseFileError | None = None
    lock: CaseLock | None = None
    holder: LockInfo | None = None
    if not read_only:
        reason = write_protection(path)
        if reason is None:
            try:
                lock = acquire(path, take_over=take_over)
            except LockHeld as held:
                holder, reason = held.info, held
    try:
        store = CaseStore.open(path, read_only=read_only or bool(reason), passphrase=passphrase,
                               inspected_version=version)
    except DamagedCaseError as damage:
        if lock is not None:
            lock.release()
        if damage.structural or not damaged_read_only:
            raise
        return _open_damaged(path, passphrase, damage)
    except CaseFileError:
        if lock is not None:
            lock.release()
        raise
    except Exception as exc:  # the driver choking on a damaged file
        if lock is not None:
            lock.release()
        raise CaseFileError(code="case.damaged", name=path.name, reason=str(exc)) from exc
    case = CaseFile(store, lock=lock, lock_info=holder, read_only_reason=reason or "")
    try:
        case.case()  # refuse a file without a review row early, before anything is written to it
    except CaseFileError:
        case.close()
        raise
    except Exception as exc:  # a damaged row the quick check did not catch
        case.close()
        raise CaseFileError(code="case.damaged", name=path.name, reason=str(exc)) from exc
    if lock is not None:
        claim = HolderClaim(store, lock.info)
        try:
            other = claim.claim(take_over=take_over)
        except Exception as exc:  # the file refused even this small write
            case.close()
            raise CaseFileError(code="lock.cannot_lock", name=path.name, reason=type(exc).__name__) from exc
        if other is not None:  # held through another path to the same file
            store.close()
            lock.release()
            case.store = CaseStore.open(path, read_only=True, passphrase=passphrase, inspected_version=SCHEMA_VERSION)
            case.lock, case.lock_info, case.read_only_error = None, other, LockHeld(other)
            return case
        case.claim = claim
        from casereview.casefile.safety_copies import start_safety_copies

        start_safety_copies(case)
    return case


def _open_damaged(path: Path, passphrase: str | None, damage: DamagedCaseError) -> CaseFile:
    """A case whose references are broken, read-only with the damage as the reason shown."""
    store = CaseStore.open(path, read_only=True, passphrase=passphrase, inspected_version=SCHEMA_VERSION)
    case = CaseFile(store, read_only_reason=damage)
    try:
        case.case()
    except Exception as exc:
        case.close()
        raise CaseFileError(str(damage), code=damage.code, **damage.params) from exc
    return case
