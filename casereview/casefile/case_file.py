"""Opening and creating a case file: the lock, the holder claim, encryption and the safety copies.

The open case itself (reading, writing, listeners) is :class:`CaseFile` in
:mod:`casereview.casefile.case_access`; it is importable from here too, where
every service has always found it.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from casereview.casefile.case_access import CaseFile, Listener, WriteFailedError, write_failure
from casereview.casefile.holder import HolderClaim
from casereview.casefile.lock import CaseLock, LockHeld, LockInfo, acquire
from casereview.casefile.passphrase import check_passphrase
from casereview.casefile.safety_copies import start_safety_copies
from casereview.casefile.text_cleaning import clean_text
from casereview.model import SCHEMA_VERSION, CaseFileError, CaseStore
from casereview.model.errors import DamagedCaseError
from casereview.model.store import inspect_file, write_protection
from casereview.model.tables import Case, ChangeLog, GroundRule, Step, Theme
from casereview.settings import new_case_codebook
from casereview.vocabulary.default_agenda import DEFAULT_AGENDA, DEFAULT_GROUND_RULES

__all__ = ["CaseFile", "Listener", "WriteFailedError", "create_case", "open_case", "reopen_case", "write_failure"]


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
    case = CaseFile(store, lock=lock, claim=claim)
    case.remember_identity()
    return case


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
        case.remember_identity()  # refuse a file without a review row early, before anything is written to it
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
        case.watch(claim)
        if store.removed_objects:
            copy = store.cleaning_copy.name if store.cleaning_copy else "-"
            with case.write("case", "clean", f"{len(store.removed_objects)} onbekende databaseobjecten verwijderd; "
                                             f"kopie van daarvoor: {copy}"):
                pass
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


def reopen_case(case: CaseFile) -> CaseFile:
    """Close ``case`` and open the same file again with the same key (after a restore)."""
    path, passphrase = case.path, case.store.passphrase
    case.close()
    return open_case(path, passphrase=passphrase, damaged_read_only=True)
