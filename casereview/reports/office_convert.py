"""PDF and ODF copies of a Word export, made by LibreOffice when it is installed.

Many recipients expect the verslag as PDF, and public bodies archive ODF. Rather
than a second layout engine, casereview hands the finished .docx to LibreOffice
running headless: in a temporary folder, with a profile of its own (so a
LibreOffice the user has open is neither used nor disturbed), and with a time
limit. PDF is written as PDF/A-2b, the archiving variant, which LibreOffice makes
at no extra cost. Without LibreOffice the message says how to get one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from casereview.reports.safe_write import ExportError

FORMATS = ("docx", "pdf", "odt")
CONVERT_TIMEOUT_SECONDS = 180
_FILTERS = {
    # PDF/A-2b: the archiving flavour of PDF; fonts embedded, no external content.
    "pdf": 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}',
    "odt": "odt:writer8",
}


def office_program() -> str | None:
    """The LibreOffice program on this computer, or ``None``."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (Path("C:/Program Files/LibreOffice/program/soffice.exe"),
                      Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")):
        if candidate.exists():
            return str(candidate)
    return None


def format_of(out: Path, requested: str | None) -> str:
    """The format asked for, or the one the file name suggests (``verslag.pdf``)."""
    if requested:
        if requested not in FORMATS:
            raise ExportError(code="export.unknown_format", requested=requested, items=', '.join(FORMATS))
        return requested
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "docx"


def convert_docx(docx_path: Path, target_format: str, out: Path) -> None:
    """Write ``out`` as ``target_format`` from the .docx at ``docx_path`` (both private temporary files)."""
    program = office_program()
    if program is None:
        raise ExportError(
            code="export.office_missing", target_format=target_format.upper())
    with tempfile.TemporaryDirectory(prefix="casereview-office-") as work:
        folder = Path(work)
        source = folder / "document.docx"
        shutil.copyfile(docx_path, source)
        profile = (folder / "profiel").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                   "--convert-to", _FILTERS[target_format], "--outdir", str(folder / "uit"), str(source)]
        env = {**os.environ, "HOME": str(folder)}
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS, check=False,
                           stdin=subprocess.DEVNULL, env=env)
        except subprocess.TimeoutExpired as exc:
            raise ExportError(code="export.office_timeout", convert_timeout_seconds=CONVERT_TIMEOUT_SECONDS, target_format=target_format.upper()) from exc
        except OSError as exc:
            raise ExportError(code="export.office_not_started", value=exc.strerror or exc) from exc
        produced = folder / "uit" / f"document.{target_format}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise ExportError(code="export.office_no_output", target_format=target_format.upper())
        shutil.copyfile(produced, out)
