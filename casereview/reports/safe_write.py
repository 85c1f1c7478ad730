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
        what = ("staat nog een echte naam" if len(names) == 1 else f"staan nog {len(names)} echte namen")
        super().__init__(
            f"Het document is niet opgeslagen: er {what} uit de lijst met pseudoniemen in ({shown}). "
            "Pas de tekst of de lijst met pseudoniemen aan, of maak bewust een intern document met "
            "namen (--named, of 'Intern document met echte namen' in het exportvenster)."
        )


def _lock_files(out: Path) -> list[Path]:
    """The marker files Word (~$name) and LibreOffice (.~lock.name#) keep next to an open document."""
    return [out.with_name("~$" + out.name[2:] if len(out.name) > 8 else "~$" + out.name),
            out.with_name("~$" + out.name),
            out.with_name(f".~lock.{out.name}#")]


def check_target(out: Path) -> None:
    """Refuse a target we can already see will fail, before any work is done."""
    if not out.name or out.is_dir():
        raise ExportError(f"'{out}' is een map; geef een bestandsnaam op.")
    if not out.parent.is_dir():
        raise ExportError(f"De map '{out.parent}' bestaat niet; kies een bestaande map.")
    if any(lock.exists() for lock in _lock_files(out)):
        raise ExportError(f"'{out.name}' is nu geopend in een ander programma (Word of LibreOffice). "
                          "Sluit het bestand en probeer het opnieuw, of kies een andere naam.")
    if out.exists() and not os.access(out, os.W_OK):
        raise ExportError(f"'{out.name}' is alleen-lezen; kies een andere naam of map.")
    if not os.access(out.parent, os.W_OK):
        raise ExportError(f"U kunt niet schrijven in de map '{out.parent}'; kies een andere map.")


def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a private temporary file, then move it over ``out``."""
    out = Path(out)
    check_target(out)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".casereview-", suffix=out.suffix + ".tmp")
    except OSError as exc:
        raise ExportError(f"U kunt niet schrijven in de map '{out.parent}' ({exc.strerror}).") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, out)
    except PermissionError as exc:
        raise ExportError(f"'{out.name}' kan niet worden overschreven; waarschijnlijk is het geopend in een "
                          "ander programma. Sluit het en probeer het opnieuw.") from exc
    except OSError as exc:
        raise ExportError(f"'{out.name}' kon niet worden geschreven ({exc.strerror or exc}). "
                          "Er is niets veranderd.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
