"""Reading OpenDocument files (LibreOffice, and what many municipalities send): tables in .odt, merges in .ods.

The ODF XML is read directly (``content.xml`` in the zip): a table is rows of
cells, with ``number-columns-repeated`` and ``number-rows-repeated`` for runs
of equal cells and ``number-rows-spanned`` for merged cells. The archive is
opened in one place, :func:`read_content`, so size limits can be added there.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from casereview.timeline.importing.archive_limits import check_archive
from casereview.timeline.importing.merged_cells import fill_merged
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_MAX_REPEAT = 200  # an empty run of a million rows or columns at the end of a sheet is not expanded


def _t(name: str) -> str:
    return f"{{{_TABLE}}}{name}"


def read_content(path: Path) -> etree._Element:
    """The parsed ``content.xml`` of an ODF file; the one place the archive is opened."""
    check_archive(path, what="Het OpenDocument-bestand")
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(data, parser)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, etree.XMLSyntaxError) as exc:
        raise TimelineImportError(
            code="import.odf_damaged", name=path.name, reason=type(exc).__name__) from exc


def _rows(table: etree._Element) -> list[etree._Element]:
    """Rows of one table, also those inside header-row and row-group elements, not those of nested tables."""
    out: list[etree._Element] = []
    for child in table:
        if child.tag == _t("table-row"):
            out.append(child)
        elif child.tag in (_t("table-header-rows"), _t("table-rows"), _t("table-row-group")):
            out.extend(_rows(child))
    return out


def _repeat(element: etree._Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(_t(attribute), "1")))
    except ValueError:
        return 1


def _inline(node: etree._Element) -> str:
    parts = [node.text or ""]
    for child in node:
        if child.tag == f"{{{_TEXT}}}s":
            parts.append(" " * _count(child))
        elif child.tag in (f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
            parts.append(" ")
        elif child.tag != f"{{{_TEXT}}}note":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _count(node: etree._Element) -> int:
    try:
        return max(1, int(node.get(f"{{{_TEXT}}}c", "1")))
    except ValueError:
        return 1


def _paragraphs(element: etree._Element, lines: list[str]) -> None:
    for child in element:
        if child.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"):
            text = " ".join(_inline(child).split())
            if text:
                lines.append(text)
        elif child.tag != _t("table"):  # a nested table is not part of this cell's text
            _paragraphs(child, lines)


def _cell_text(cell: etree._Element) -> str:
    """Paragraphs of a cell as separate lines."""
    lines: list[str] = []
    _paragraphs(cell, lines)
    return "\n".join(lines)


def _table_grid(table: etree._Element) -> tuple[list[list[object]], list[tuple[int, int, int, int]]]:
    """The cells of a table as text rows, and its merged ranges (first row, col, last row, col)."""
    rows: list[list[object]] = []
    merges: list[tuple[int, int, int, int]] = []
    for row in _rows(table):
        cells: list[object] = []
        for cell in row:
            if cell.tag not in (_t("table-cell"), _t("covered-table-cell")):
                continue
            text = _cell_text(cell) if cell.tag == _t("table-cell") else ""
            repeat = _repeat(cell, "number-columns-repeated")
            if not text:
                repeat = min(repeat, _MAX_REPEAT)
            spanned = _repeat(cell, "number-rows-spanned")
            if spanned > 1 and cell.tag == _t("table-cell"):
                merges.append((len(rows), len(cells), len(rows) + spanned - 1, len(cells)))
            cells.extend([text] * repeat)
        while cells and cells[-1] == "":
            cells.pop()
        times = _repeat(row, "number-rows-repeated")
        rows.extend([list(cells) for _ in range(min(times, _MAX_REPEAT) if not cells else times)])
    while rows and not rows[-1]:
        rows.pop()
    return rows, merges


def _is_nested(table: etree._Element) -> bool:
    return any(a.tag == _t("table") for a in table.iterancestors())


def read_odt(path: Path) -> list[RawTable]:
    """One raw table per top-level table in the document, numbered from 1, merged cells repeated downwards."""
    root = read_content(path)
    body = root.find(f"{{{_OFFICE}}}body")
    tables: list[RawTable] = []
    if body is not None:
        for table in body.iter(_t("table")):
            if _is_nested(table):
                continue
            rows, merges = _table_grid(table)
            fill_merged(rows, merges)
            number = len(tables) + 1
            tables.append(RawTable(kind="docx", label=f"tabel {number}", key=number, rows=rows,
                                   row_numbers=list(range(1, len(rows) + 1))))
    if not tables:
        raise TimelineImportError(
            code="import.document_no_table", name=path.name)
    return tables


def spreadsheet_merges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged ranges per sheet name of an .ods, as 0-based (first row, col, last row, col)."""
    root = read_content(path)
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    for table in root.iter(_t("table")):
        if _is_nested(table):
            continue
        merges: list[tuple[int, int, int, int]] = []
        row_index = 0
        for row in _rows(table):
            col = 0
            for cell in row:
                if cell.tag not in (_t("table-cell"), _t("covered-table-cell")):
                    continue
                spanned = _repeat(cell, "number-rows-spanned")
                if spanned > 1 and cell.tag == _t("table-cell"):
                    merges.append((row_index, col, row_index + spanned - 1, col))
                col += _repeat(cell, "number-columns-repeated")
            row_index += _repeat(row, "number-rows-repeated")
        out[table.get(_t("name"), "")] = merges
    return out
