"""PDF and ODF copies of a Word export, made by LibreOffice when it is installed.

Many recipients expect the verslag as PDF, and public bodies archive ODF. Rather
than a second layout engine, casereview hands the finished .docx to LibreOffice
through :mod:`casereview.libreoffice` (headless, private folder and profile, one
time limit). PDF is written as PDF/A-2b, the archiving variant, which LibreOffice
makes at no extra cost. Without LibreOffice the message says how to get one.
"""

from __future__ import annotations

from pathlib import Path

from casereview.libreoffice import OfficeMissing, OfficeNoOutput, OfficeNotStarted, OfficeTimedOut, convert
from casereview.reports.safe_write import ExportError

FORMATS = ("docx", "pdf", "odt")


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
    name = target_format.upper()
    try:
        convert(docx_path, target_format, out)
    except OfficeMissing as exc:
        raise ExportError(
            code="export.office_missing", target_format=name) from exc
    except OfficeTimedOut as exc:
        raise ExportError(code="export.office_timeout", convert_timeout_seconds=f"{exc.seconds:.0f}",
                          target_format=name) from exc
    except OfficeNotStarted as exc:
        raise ExportError(code="export.office_not_started", value=exc.reason) from exc
    except OfficeNoOutput as exc:
        raise ExportError(code="export.office_no_output", target_format=name) from exc
