"""Reading the raw tables out of a timeline file, whatever its format.

A file becomes a list of :class:`RawTable`: the cells as they were written
(text, or real dates and numbers from Excel) with the row numbers the user
sees in their own program, so every message can point at the right row.
The format is decided by the file's content first and its extension second:
a CSV that is really an Excel file should still get a sensible answer.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from casereview.timeline.importing.raw_table import RawTable, TimelineImportError, where  # noqa: F401 (importer uses it from here)

MAX_FILE_BYTES = 100 * 1024 * 1024
TEXT_EXTENSIONS = {".csv", ".tsv", ".txt", ".tab"}
XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
DOCX_EXTENSIONS = {".docx", ".docm"}
SUPPORTED = "CSV (.csv, .txt), Excel (.xlsx) of Word (.docx)"


def _check_file(path: Path) -> bytes:
    """Read the file's first bytes after checking it is a readable, non-empty file."""
    if not path.exists():
        raise TimelineImportError(code="import.not_found", path=str(path))
    if path.is_dir():
        raise TimelineImportError(code="import.is_folder", path=str(path))
    if not path.is_file():
        raise TimelineImportError(code="import.not_a_file", name=path.name)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise TimelineImportError(code="import.cannot_open", name=path.name, reason=exc.strerror or "") from exc
    if size == 0:
        raise TimelineImportError(code="import.empty", name=path.name)
    if size > MAX_FILE_BYTES:
        raise TimelineImportError(
            f"Het bestand '{path.name}' is te groot ({size // (1024 * 1024)} MB; maximaal "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Is dit wel een tijdlijn?")
    return head


def _zip_members(path: Path) -> set[str]:
    try:
        with zipfile.ZipFile(path) as zf:
            return set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TimelineImportError(
            f"'{path.name}' is beschadigd: het lijkt een Office-bestand, maar de inhoud kan niet worden "
            "uitgepakt. Open het in Word of Excel en sla het opnieuw op.") from exc


def detect_kind(path: Path) -> str:
    """'csv', 'xlsx' or 'docx', from the content and the extension; raises for anything else."""
    head = _check_file(path)
    ext = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        members = _zip_members(path)
        if "word/document.xml" in members:
            return "docx"
        if "xl/workbook.xml" in members:
            return "xlsx"
        if ext in DOCX_EXTENSIONS or ext in XLSX_EXTENSIONS:
            kind = "Word-document" if ext in DOCX_EXTENSIONS else "Excel-werkmap"
            raise TimelineImportError(
                f"'{path.name}' is een zip-bestand maar geen {kind}; het kan niet als tijdlijn worden ingelezen.")
        raise TimelineImportError(
            f"'{path.name}' is een zip-bestand (of een ander Office-formaat), geen tijdlijn. "
            f"Kies een {SUPPORTED}-bestand.")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TimelineImportError(code="import.old_office", name=path.name)
    if head.startswith(b"%PDF"):
        raise TimelineImportError(code="import.pdf", name=path.name)
    if ext in XLSX_EXTENSIONS or ext in DOCX_EXTENSIONS:
        kind = "geldige Excel-werkmap" if ext in XLSX_EXTENSIONS else "geldig Word-document"
        raise TimelineImportError(
            f"'{path.name}' heeft de extensie {ext}, maar is geen {kind} (beschadigd of een ander "
            "formaat). Open het en sla het opnieuw op.")
    if ext in TEXT_EXTENSIONS:
        return "csv"
    if ext in {".xls", ".doc"}:
        raise TimelineImportError(
            f"'{path.name}' heeft het oude formaat {ext}. Sla het op als .xlsx of .docx en importeer dat bestand.")
    shown = ext or "(geen extensie)"
    raise TimelineImportError(code="import.unsupported", name=path.name, ext=shown)


def load_tables(path: Path | str) -> list[RawTable]:
    """All tables in the file (one for CSV, one per sheet or Word table).

    The readers for Excel and Word load their libraries only when such a file
    is opened, which keeps the application start fast.
    """
    path = Path(path)
    kind = detect_kind(path)
    if kind == "csv":
        from casereview.timeline.importing.csv_reader import read_csv

        return [read_csv(path)]
    if kind == "xlsx":
        from casereview.timeline.importing.xlsx_reader import read_xlsx

        return read_xlsx(path)
    from casereview.timeline.importing.docx_reader import read_docx

    return read_docx(path)
