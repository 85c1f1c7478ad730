"""Issue 11 §8: a zip bomb in a spreadsheet or document is refused before it is unpacked."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from casereview.casefile.case_file import CaseFile
from casereview.timeline.events import list_events
from casereview.timeline.importing.archive_limits import MAX_MEMBER_BYTES, check_archive
from casereview.timeline.importing.importer import import_timeline
from casereview.timeline.importing.raw_table import TimelineImportError


def _bomb_xlsx(path: Path, cell_chars: int) -> Path:
    """A real workbook whose second row has one inline-string cell of ``cell_chars`` characters.

    openpyxl itself would cut a cell at Excel's limit, so the sheet XML is
    written by hand, streamed into the zip.
    """
    book = Workbook()
    book.active.append(["Datum", "Omschrijving"])
    plain = tmp = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(tmp) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item.filename))
                continue
            with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                            b'<row r="1"><c r="A1" t="inlineStr"><is><t>Datum</t></is></c>'
                            b'<c r="B1" t="inlineStr"><is><t>Omschrijving</t></is></c></row>'
                            b'<row r="2"><c r="A2" t="inlineStr"><is><t>01-02-2020</t></is></c>'
                            b'<c r="B2" t="inlineStr"><is><t>')
                chunk = b"A" * (1024 * 1024)
                for _ in range(cell_chars // len(chunk)):
                    sheet.write(chunk)
                sheet.write(b"A" * (cell_chars % len(chunk)))
                sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    plain.unlink()
    return path


def test_an_xlsx_with_one_huge_cell_is_refused_quickly(case: CaseFile, tmp_path: Path) -> None:
    path = _bomb_xlsx(tmp_path / "bom.xlsx", MAX_MEMBER_BYTES + 1024)
    assert path.stat().st_size < 2 * 1024 * 1024  # a small file on disk
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(TimelineImportError) as err:
        import_timeline(case, path)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "bom.xlsx" in str(err.value) and "uitgepakt" in str(err.value)
    assert grown_mb < 100
    assert list_events(case) == []


def test_a_docx_bomb_is_refused(case: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (20 * 1024 * 1024))
    with pytest.raises(TimelineImportError) as err:
        import_timeline(case, path)
    assert "bom.docx" in str(err.value) and "word/document.xml" in str(err.value)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "veel.ods"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(10_001):
            archive.writestr(f"m{i}", "")
    with pytest.raises(TimelineImportError):
        check_archive(path, what="Het rekenblad")


def test_an_ordinary_workbook_passes(tmp_path: Path) -> None:
    check_archive(_bomb_xlsx(tmp_path / "gewoon.xlsx", 2000), what="De Excel-werkmap")
