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
ODS_EXTENSIONS = {".ods", ".ots"}
ODT_EXTENSIONS = {".odt", ".ott"}
XLS_EXTENSIONS = {".xls", ".xlt"}
DOC_EXTENSIONS = {".doc", ".dot"}
SUPPORTED = ("CSV (.csv, .txt), Excel (.xlsx, .xls), LibreOffice (.ods, .odt), Word (.docx, .doc) "
             "of RTF (.rtf)")
_ODF_MIMETYPES = {"application/vnd.oasis.opendocument.spreadsheet": "ods",
                  "application/vnd.oasis.opendocument.spreadsheet-template": "ods",
                  "application/vnd.oasis.opendocument.text": "odt",
                  "application/vnd.oasis.opendocument.text-template": "odt"}


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
            code="import.too_large", name=path.name, value=size // (1024 * 1024), value2=MAX_FILE_BYTES // (1024 * 1024))
    return head


def _zip_members(path: Path) -> tuple[set[str], str]:
    """The member names of a zip, and its ODF ``mimetype`` (empty when it has none)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = ""
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                mimetype = zf.read("mimetype").decode("ascii", "replace").strip()
            return names, mimetype
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TimelineImportError(
            code="import.office_damaged", name=path.name) from exc


def detect_kind(path: Path) -> str:
    """The file's format ('csv', 'xlsx', 'xls', 'ods', 'docx', 'odt', 'doc' or 'rtf'); raises for anything else.

    Decided by the content first and the extension second.
    """
    head = _check_file(path)
    ext = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        members, mimetype = _zip_members(path)
        if "word/document.xml" in members:
            return "docx"
        if "xl/workbook.xml" in members:
            return "xlsx"
        if mimetype in _ODF_MIMETYPES and "content.xml" in members:
            return _ODF_MIMETYPES[mimetype]
        if "content.xml" in members and (ext in ODS_EXTENSIONS or ext in ODT_EXTENSIONS):
            return "ods" if ext in ODS_EXTENSIONS else "odt"
        if ext in DOCX_EXTENSIONS | XLSX_EXTENSIONS | ODS_EXTENSIONS | ODT_EXTENSIONS:
            kind = {**dict.fromkeys(DOCX_EXTENSIONS, "Word-document"), **dict.fromkeys(XLSX_EXTENSIONS, "Excel-werkmap"),
                    **dict.fromkeys(ODS_EXTENSIONS, "OpenDocument-werkmap"),
                    **dict.fromkeys(ODT_EXTENSIONS, "OpenDocument-tekstdocument")}[ext]
            raise TimelineImportError(
                code="import.zip_not_kind", name=path.name, kind=kind)
        raise TimelineImportError(
            code="import.zip_not_timeline", name=path.name, supported=SUPPORTED)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if ext in DOC_EXTENSIONS:
            return "doc"
        if ext in XLS_EXTENSIONS or ext not in TEXT_EXTENSIONS:
            return "xls"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"%PDF"):
        raise TimelineImportError(code="import.pdf", name=path.name)
    if ext in XLSX_EXTENSIONS | DOCX_EXTENSIONS | ODS_EXTENSIONS | ODT_EXTENSIONS | XLS_EXTENSIONS | DOC_EXTENSIONS:
        kind = "geldig Word-document" if ext in DOCX_EXTENSIONS | DOC_EXTENSIONS else (
            "geldig OpenDocument-bestand" if ext in ODS_EXTENSIONS | ODT_EXTENSIONS else "geldige Excel-werkmap")
        raise TimelineImportError(
            code="import.wrong_extension", name=path.name, ext=ext, kind=kind)
    if ext == ".rtf":
        raise TimelineImportError(code="import.not_rtf", name=path.name)
    if ext in TEXT_EXTENSIONS:
        return "csv"
    shown = ext or "(geen extensie)"
    raise TimelineImportError(code="import.unsupported", name=path.name, ext=shown)


def load_tables(path: Path | str) -> list[RawTable]:
    """All tables in the file (one for CSV, one per sheet or document table).

    The readers load their libraries only when such a file is opened, which
    keeps the application start fast.
    """
    path = Path(path)
    kind = detect_kind(path)
    if kind == "csv":
        from casereview.timeline.importing.csv_reader import read_csv

        return [read_csv(path)]
    if kind in ("xlsx", "xls", "ods"):
        from casereview.timeline.importing.spreadsheet_reader import read_workbook

        return read_workbook(path, kind)
    if kind == "odt":
        from casereview.timeline.importing.odf_reader import read_odt

        return read_odt(path)
    if kind in ("doc", "rtf"):
        from casereview.timeline.importing.office_conversion import read_converted

        return read_converted(path, kind)
    from casereview.timeline.importing.docx_reader import read_docx

    return read_docx(path)
