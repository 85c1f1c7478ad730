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
            raise ExportError(f"Onbekend bestandsformaat '{requested}'; kies uit {', '.join(FORMATS)}.")
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
            f"Voor een {name}-bestand is LibreOffice nodig, en dat is op deze computer niet "
            "gevonden. Installeer LibreOffice (gratis), of exporteer als Word-document (.docx) en sla het "
            f"daar op als {name}.") from exc
    except OfficeTimedOut as exc:
        raise ExportError(f"LibreOffice gaf binnen {exc.seconds:.0f} seconden geen {name}-bestand; er is niets "
                          "opgeslagen. Probeer het opnieuw of exporteer als Word-document.") from exc
    except OfficeNotStarted as exc:
        raise ExportError(f"LibreOffice kon niet worden gestart ({exc.reason}); er is niets opgeslagen.") from exc
    except OfficeNoOutput as exc:
        raise ExportError(f"LibreOffice maakte geen {name}-bestand van dit document; er is "
                          "niets opgeslagen. Exporteer als Word-document en sla het daar om.") from exc
