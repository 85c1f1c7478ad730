"""The one place that turns a database or operating-system failure into a coded error.

A write that the driver refuses (disk full, file locked, read-only, gone) and an
unforeseen ``OSError`` are judged here, from the driver's words and the error
number only (never its SQL or a path's content), so the case file, the window
and the command line all word them the same way.
"""

from __future__ import annotations

import errno
import sqlite3

from casereview.model.errors import CaseFileError


class WriteFailedError(CaseFileError):
    """The database refused a write (disk full, file gone, locked); nothing of it was saved."""


def low_level(exc: BaseException) -> sqlite3.Error | OSError | None:
    """The sqlite3 or operating-system error behind ``exc`` (a database layer wraps them), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error | OSError):
            return current
        orig = getattr(current, "orig", None)
        if isinstance(orig, BaseException):
            current = orig
            continue
        current = current.__cause__ or current.__context__
    return None


def database_failure(exc: BaseException, name: str = "") -> WriteFailedError:
    """A coded reason for a failed database write; ``name`` is the file's name when the caller knows it."""
    raw_error = getattr(exc, "orig", exc)
    raw = str(raw_error).lower()
    if "full" in raw:
        return WriteFailedError(code="write.disk_full")
    if "locked" in raw or "busy" in raw:
        return WriteFailedError(code="write.busy")
    if "readonly" in raw or "read-only" in raw or "permission" in raw:
        return WriteFailedError(code="write.not_allowed", name=name) if name else \
            WriteFailedError(code="database.not_allowed")
    if "disk i/o" in raw or "unable to open" in raw:
        return WriteFailedError(code="write.unreachable", name=name) if name else \
            WriteFailedError(code="database.unreachable")
    if "constraint" in raw or "foreign key" in raw:
        return WriteFailedError(code="write.conflict")
    reason = type(raw_error).__name__
    return WriteFailedError(code="write.failed", name=name, reason=reason) if name else \
        WriteFailedError(code="database.failed", reason=reason)


def classify_failure(exc: BaseException, name: str = "") -> CaseFileError | None:
    """The coded error for a low-level failure behind ``exc``, or None when there is none (a programming error)."""
    if isinstance(exc, CaseFileError):
        return exc
    low = low_level(exc)
    if isinstance(low, OSError):
        if low.errno == errno.ENOSPC:
            return WriteFailedError(code="write.disk_full")
        return CaseFileError(code="file.failed", reason=low.strerror or type(low).__name__)
    if isinstance(low, sqlite3.Error):
        return database_failure(low, name)
    return None
