"""Old Word (.doc) and RTF files, converted to .docx by LibreOffice when it is installed.

The conversion runs through :mod:`casereview.libreoffice` (the one runner, also
used by the exports: headless, private folder and profile, one time limit).
Without LibreOffice the user is told how to save the file as .docx.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from casereview.libreoffice import OfficeMissing, OfficeNoOutput, OfficeNotStarted, OfficeTimedOut, convert
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError


def read_converted(path: Path, fmt: str) -> list[RawTable]:
    """The tables of a .doc or .rtf, read from the .docx LibreOffice makes of it."""
    from casereview.timeline.importing.docx_reader import read_docx

    kind = "RTF-bestand" if fmt == "rtf" else "document in het oude Word-formaat (.doc)"
    with tempfile.TemporaryDirectory(prefix="casereview-convert-") as tmp:
        try:
            converted = convert(path, "docx", Path(tmp) / "omgezet.docx", source_type=fmt)
        except (OfficeMissing, OfficeNotStarted) as exc:
            raise TimelineImportError(code="import.office_missing", name=path.name, kind=kind) from exc
        except OfficeTimedOut as exc:
            raise TimelineImportError(code="import.conversion_timeout", name=path.name,
                                      conversion_seconds=f"{exc.seconds:.0f}") from exc
        except OfficeNoOutput as exc:
            raise TimelineImportError(
                code="import.conversion_failed", name=path.name, kind=kind) from exc
        return read_docx(converted, shown_name=path.name)
