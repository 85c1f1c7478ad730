"""The rotating log file in the user's log folder.

A chair who hits a problem mid-meeting cannot describe a stack trace; the log
lets a colleague or support see what happened afterwards. It never holds case
content, only what the app did and what went wrong.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from casereview.paths import log_file

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the casereview loggers to the rotating file (idempotent) and log uncaught exceptions."""
    path = log_file()
    root = logging.getLogger("casereview")
    root.setLevel(level)
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
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
