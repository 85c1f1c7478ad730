"""Writing an export file safely: all or nothing, private, with a clear message.

The document is written to a temporary file next to the target and moved into
place in one step, so a failure (disk full, file open in Word) never leaves a
half-written document behind and never damages the previous version.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from casereview.model import CaseFileError


class ExportError(CaseFileError):
    """An export could not be written; ``str()`` says why, in Dutch."""


class NameLeakError(ExportError):
    """A listed real name would end up in the document; nothing was written."""

    def __init__(self, names: list[str], places: list[str]) -> None:
        self.names = names
        self.places = places
        shown = ", ".join(places[:12]) + (f" en nog {len(places) - 12} plaatsen" if len(places) > 12 else "")
        super().__init__(code="export.name_leak" if len(names) == 1 else "export.names_leak",
                         count=len(names), places=shown)


def _lock_files(out: Path) -> list[Path]:
    """The marker files Word (~$name) and LibreOffice (.~lock.name#) keep next to an open document."""
    return [out.with_name("~$" + out.name[2:] if len(out.name) > 8 else "~$" + out.name),
            out.with_name("~$" + out.name),
            out.with_name(f".~lock.{out.name}#")]


def check_target(out: Path) -> None:
    """Refuse a target we can already see will fail, before any work is done."""
    if not out.name or out.is_dir():
        raise ExportError(code="export.is_folder", target=str(out))
    if not out.parent.is_dir():
        raise ExportError(code="export.no_folder", folder=str(out.parent))
    if any(lock.exists() for lock in _lock_files(out)):
        raise ExportError(code="export.open_elsewhere", name=out.name)
    if out.exists() and not os.access(out, os.W_OK):
        raise ExportError(code="export.read_only", name=out.name)
    if not os.access(out.parent, os.W_OK):
        raise ExportError(code="export.folder_not_writable", folder=str(out.parent))


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a private temporary file, then move it over ``out``."""
    out = Path(out)
    check_target(out)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".casereview-", suffix=out.suffix + ".tmp")
    except OSError as exc:
        raise ExportError(code="export.temp_failed", folder=str(out.parent), reason=exc.strerror or "") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, out)
    except PermissionError as exc:
        raise ExportError(code="export.replace_denied", name=out.name) from exc
    except OSError as exc:
        raise ExportError(code="export.write_failed", name=out.name, reason=exc.strerror or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
