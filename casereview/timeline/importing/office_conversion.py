"""Old Word (.doc) and RTF files, converted to .docx by LibreOffice when it is installed.

LibreOffice runs headless with its own throw-away profile folder (so it never
touches, or waits for, the user's running LibreOffice), in a temporary folder
that is removed afterwards, and within a time limit. Nothing goes over the
network. Without LibreOffice the user is told how to save the file as .docx.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from casereview.timeline.importing.raw_table import RawTable, TimelineImportError

CONVERSION_SECONDS = 120
_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if os.path.isfile(c)), None)


def _save_as_docx_hint(path: Path, kind: str) -> str:
    return (f"'{path.name}' is een {kind}. Dat kan alleen worden ingelezen als LibreOffice op deze computer is "
            "geïnstalleerd, en dat is niet zo. Open het bestand in Word of LibreOffice Writer, kies Bestand > "
            "Opslaan als > Word-document (.docx) en importeer dat bestand.")


def read_converted(path: Path, fmt: str) -> list[RawTable]:
    """The tables of a .doc or .rtf, read from the .docx LibreOffice makes of it."""
    from casereview.timeline.importing.docx_reader import read_docx

    kind = "RTF-bestand" if fmt == "rtf" else "document in het oude Word-formaat (.doc)"
    program = find_libreoffice()
    if program is None:
        raise TimelineImportError(_save_as_docx_hint(path, kind))
    with tempfile.TemporaryDirectory(prefix="casereview-convert-") as tmp:
        work = Path(tmp)
        source = work / f"bron.{fmt}"
        shutil.copyfile(path, source)
        out = work / "uit"
        command = [program, f"-env:UserInstallation={(work / 'profiel').as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        try:
            subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=CONVERSION_SECONDS, check=False, cwd=work)
        except subprocess.TimeoutExpired as exc:
            raise TimelineImportError(
                code="import.conversion_timeout", name=path.name, conversion_seconds=CONVERSION_SECONDS) from exc
        except OSError as exc:
            raise TimelineImportError(_save_as_docx_hint(path, kind)) from exc
        converted = out / "bron.docx"
        if not converted.is_file():
            raise TimelineImportError(
                code="import.conversion_failed", name=path.name, kind=kind)
        return read_docx(converted, shown_name=path.name)
