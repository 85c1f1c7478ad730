"""The rotating log file in the user's log folder.

A chair who hits a problem mid-meeting cannot describe a stack trace; the log
lets a colleague or support see what happened afterwards. It never holds case
content, only what the app did and what went wrong: an exception is logged as
its type and the code lines it passed through, never its message (a database
error's message quotes the SQL statement with its parameters, which is the
chair's text). The file is private to the user (0600, folder 0700), because an
encrypted case must not leak through it either.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from casereview.paths import log_file

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_PRIVATE_FILE = 0o600
_PRIVATE_DIR = 0o700


class ContentFreeFormatter(logging.Formatter):
    """Exceptions as types and code locations only; their messages may quote case content."""

    def formatException(self, ei: tuple) -> str:
        kind, value, tb = ei
        lines = ["Traceback (alleen plaatsen in de code; foutmeldingen worden niet gelogd):"]
        for frame in traceback.extract_tb(tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        chain: list[str] = []
        seen: set[int] = set()
        current: BaseException | None = value
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            chain.append(f"{type(current).__module__}.{type(current).__qualname__}")
            current = current.__cause__ or current.__context__
        lines.append(" <- ".join(chain) if chain else getattr(kind, "__name__", "onbekend"))
        return "\n".join(lines)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files (also the rotated ones) only the user can read."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _PRIVATE_FILE)
        os.close(fd)
        _make_private(Path(self.baseFilename), _PRIVATE_FILE)
        return super()._open()


def _make_private(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:
        pass  # a file system without Unix modes (FAT, some shares): nothing to tighten


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the casereview loggers to the rotating file (idempotent) and log uncaught exceptions."""
    path = log_file()
    _make_private(path.parent, _PRIVATE_DIR)
    for old in [path, *(path.with_name(f"{path.name}.{i}") for i in range(1, BACKUPS + 1))]:
        if old.exists():
            _make_private(old, _PRIVATE_FILE)
    root = logging.getLogger("casereview")
    root.setLevel(level)
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        handler.setFormatter(ContentFreeFormatter(FORMAT))
        root.addHandler(handler)
    previous = sys.excepthook

    def log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        root.critical("Onverwachte fout", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    if getattr(sys.excepthook, "__name__", "") != "log_uncaught":
        sys.excepthook = log_uncaught
    return path


def close_logging() -> None:
    """Release the log file (tests and Windows need the handle closed before the folder goes)."""
    root = logging.getLogger("casereview")
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()
